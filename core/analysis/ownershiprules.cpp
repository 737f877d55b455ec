// unowned-touchpoint, unowned-pain-point, no-accountable-person
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>
#include <array>

namespace stagecraft::rules {

std::optional<int> suggestedOwner(const JourneyGraph &graph, JourneyGraph::Vertex v)
{
    // Per owner: links in all, then supports, handoff and flow links, so that
    // comparing the arrays applies the tie-break order.
    struct Tally {
        int owner;
        std::array<int, 4> counts{};
    };
    std::vector<Tally> tallies;
    auto count = [&](JourneyGraph::Vertex other, LinkKind kind) {
        const int owner = graph[other].owner;
        if (owner < 0)
            return;
        auto it = std::find_if(tallies.begin(), tallies.end(), [owner](const Tally &t) { return t.owner == owner; });
        if (it == tallies.end())
            it = tallies.insert(tallies.end(), Tally{owner});
        ++it->counts[0];
        ++it->counts[kind == LinkKind::Supports ? 1 : kind == LinkKind::Handoff ? 2 : 3];
    };
    const auto &g = graph.graph();
    for (const auto e : boost::make_iterator_range(boost::out_edges(v, g)))
        count(boost::target(e, g), g[e].kind);
    for (const auto e : boost::make_iterator_range(boost::in_edges(v, g)))
        count(boost::source(e, g), g[e].kind);
    if (tallies.empty())
        return std::nullopt;
    const auto best = std::max_element(tallies.begin(), tallies.end(), [](const Tally &a, const Tally &b) {
        return a.counts != b.counts ? a.counts < b.counts : a.owner > b.owner;
    });
    return best->owner;
}

namespace {
// Parts: the card's title, its stage's name.
QString unownedText(const MessageParts &p)
{
    return QCoreApplication::translate("Analysis", "%1 in stage %2 has no owner")
        .arg(FindingList::quoted(p.names[0]), p.names[1]);
}

QString unownedPainText(const MessageParts &p)
{
    return QCoreApplication::translate("Analysis", "%1 in stage %2 is a pain point for customers and has no owner")
        .arg(FindingList::quoted(p.names[0]), p.names[1]);
}
} // namespace

void unownedTouchpoints(const JourneyGraph &graph, Cards cards, FindingList &out)
{
    for (const auto v : cards) {
        if (!graph.isUnowned(v))
            continue;
        // A painful card without an owner is one finding, the more urgent one.
        const bool pain = graph.touchpoint(v).pain;
        MessageParts parts;
        parts.names[0] = graph.touchpoint(v).title;
        parts.names[1] = out.stageName(v);
        Finding &f = out.add(pain ? rule::UnownedPainPoint : rule::UnownedTouchpoint, Severity::Error,
                             {pain ? unownedPainText : unownedText, std::move(parts)}, std::span(&v, 1));
        if (const auto owner = suggestedOwner(graph, v))
            out.suggest(f, *owner);
    }
}

void noAccountablePerson(const JourneyGraph &graph, FindingList &out)
{
    const JourneyMap &map = graph.map();
    // Each owner's cards in map order (cell by cell, as they were placed).
    std::vector<std::vector<JourneyGraph::Vertex>> cardsOf(map.owners.size());
    for (int i = 0; i < graph.vertexCount(); ++i)
        if (const auto v = graph.vertexAt(i); graph[v].owner >= 0)
            cardsOf[size_t(graph[v].owner)].push_back(v);
    for (size_t o = 0; o < map.owners.size(); ++o) {
        const Owner &owner = map.owners[o];
        // An owner with no cards yet is a name on a list, not a drifting process.
        if (!owner.accountable.trimmed().isEmpty() || cardsOf[o].empty())
            continue;
        const int n = int(cardsOf[o].size());
        Finding &f = out.add(rule::NoAccountablePerson, Severity::Warning,
                             (n == 1 ? QCoreApplication::translate("Analysis", "%1 owns one touchpoint, but no one "
                                                                                "person is accountable for it")
                                     : QCoreApplication::translate("Analysis", "%1 owns %n touchpoints, but no one "
                                                                                "person is accountable for them",
                                                                   nullptr, n))
                                 .arg(owner.name),
                             cardsOf[o]);
        f.elements.prepend(owner.key);
        out.setDepartments(f, {int(o)});
    }
}

} // namespace stagecraft::rules
