#include "analysiscache.h"

#include "findinglist.h"
#include "journeygraph.h"
#include "rules.h"
#include "workcomponents.h"

#include <algorithm>
#include <iterator>

namespace stagecraft {

namespace {

// What the rules read of a card besides where it is (stage, lane, place in
// its cell) and its lane's kind: an edit that leaves these alone changes no
// finding of the rules that do not read places.
struct CardFacts {
    QString key;
    QString title;
    std::optional<OwnerId> owner;
    std::optional<Duration> processingTime;
    std::optional<QDate> lastReviewed;
    bool pain = false;

    explicit CardFacts(const Touchpoint &t)
        : key(t.key), title(t.title), owner(t.owner), processingTime(t.processingTime), lastReviewed(t.lastReviewed),
          pain(t.pain)
    {
    }
    bool operator==(const CardFacts &) const = default;
};

// Hashed once per finding, not once per run: kept findings keep their keys.
RuleFindings keyed(RuleFindings found)
{
    found.keys.clear();
    found.keys.reserve(found.findings.size());
    for (const Finding &f : found.findings)
        found.keys.push_back(f.key());
    return found;
}

void append(RuleFindings &to, RuleFindings from)
{
    std::move(from.findings.begin(), from.findings.end(), std::back_inserter(to.findings));
    to.anchors.insert(to.anchors.end(), from.anchors.begin(), from.anchors.end());
    to.keys.insert(to.keys.end(), from.keys.begin(), from.keys.end());
}

// Removes the findings placed at `cards` (sorted vertices).
void dropFindingsOn(RuleFindings &found, const std::vector<JourneyGraph::Vertex> &cards)
{
    size_t kept = 0;
    for (size_t i = 0; i < found.findings.size(); ++i) {
        const int card = found.anchors[i].card;
        if (card >= 0 && std::binary_search(cards.begin(), cards.end(), JourneyGraph::Vertex(card)))
            continue;
        if (kept != i) {
            found.findings[kept] = std::move(found.findings[i]);
            found.anchors[kept] = found.anchors[i];
            found.keys[kept] = found.keys[i];
        }
        ++kept;
    }
    found.findings.resize(kept);
    found.anchors.resize(kept);
    found.keys.resize(kept);
}

} // namespace

struct AnalysisCache::State {
    const JourneyMap &map;
    AnalysisOptions options;
    JourneyGraph graph;
    // Of the links and lane kinds only: a move keeps them.
    WorkComponents work;
    rules::SupportReach reach;
    std::vector<JourneyGraph::Vertex> all;
    std::vector<RuleFindings> rules; // as rules::allRules() orders them
    std::vector<CardFacts> facts;    // by vertex

    State(const JourneyMap &m, const AnalysisOptions &o)
        : map(m), options(o), graph(m), work(graph), reach(graph), all(graph.allVertices())
    {
        facts.reserve(size_t(graph.vertexCount()));
        for (int v = 0; v < graph.vertexCount(); ++v)
            facts.emplace_back(graph.touchpoint(JourneyGraph::Vertex(v)));
    }
};

AnalysisCache::AnalysisCache() = default;
AnalysisCache::~AnalysisCache() = default;

void AnalysisCache::clear()
{
    m_state.reset();
    m_keys.clear();
}

AnalysisResult AnalysisCache::update(const JourneyMap &map, const ChangeEvent &change, const AnalysisOptions &options)
{
    const bool partial = onlyPlacesChanged(map, change, options);
    m_keptRules = partial;
    std::vector<JourneyGraph::Vertex> moved; // the cards named by the change, when partial
    if (partial) {
        m_state->graph.refreshPlaces();
        for (TouchpointId id : change.touchpoints)
            moved.push_back(*m_state->graph.vertex(id));
        std::sort(moved.begin(), moved.end());
        moved.erase(std::unique(moved.begin(), moved.end()), moved.end());
    } else {
        m_state = std::make_unique<State>(map, options);
    }
    State &state = *m_state;
    const rules::RuleInputs inputs{state.graph, state.work, state.reach, state.options, state.all};
    FindingList out(state.graph);
    const auto steps = rules::allRules();
    state.rules.resize(steps.size());
    for (size_t r = 0; r < steps.size(); ++r) {
        RuleFindings &kept = state.rules[r];
        if (partial && !steps[r].readsPlaces)
            continue;
        if (partial && steps[r].runFor) {
            // One finding per card, each from its own card: only the moved
            // cards' findings can differ. Their order within the rule does
            // not matter (no two share a place on the map).
            dropFindingsOn(kept, moved);
            steps[r].runFor(inputs, moved, out);
            append(kept, keyed(out.take()));
        } else {
            steps[r].run(inputs, out);
            kept = keyed(out.take());
        }
    }
    AnalysisResult result;
    result.findings = inMapOrder(state.graph, std::span<const RuleFindings>(state.rules), &m_keys);
    return result;
}

bool AnalysisCache::onlyPlacesChanged(const JourneyMap &map, const ChangeEvent &change,
                                      const AnalysisOptions &options) const
{
    if (!m_state || &m_state->map != &map || m_state->options.today != options.today)
        return false;
    // Owners, links, the grid (stage names, lane kinds) and the map's
    // settings are read by every rule.
    if (change.parts.toInt() & ~int(ChangeEvent::Touchpoints))
        return false;
    const JourneyGraph &graph = m_state->graph;
    if (!graph.hasUniqueIds() || size_t(graph.vertexCount()) != map.touchpoints.size())
        return false;
    for (TouchpointId id : change.touchpoints) {
        const auto v = graph.vertex(id);
        const Touchpoint *card = map.touchpoint(id);
        if (!v || !card || !(m_state->facts[*v] == CardFacts(*card)))
            return false; // added, removed, or changed in what the rules read
        // Into a lane of another kind: it may now need an owner, or support
        // the customer's side, which every reachability rule reads.
        const Lane *lane = map.lane(card->lane);
        if (!lane || graph[*v].lane < 0 || lane->kind != graph[*v].laneKind)
            return false;
    }
    return true;
}

} // namespace stagecraft
