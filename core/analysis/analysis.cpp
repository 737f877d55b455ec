#include "analysis.h"

#include "rules.h"

#include <algorithm>

namespace stagecraft {

namespace rules {

std::span<const RuleStep> allRules()
{
    static const RuleStep steps[] = {
        {[](const RuleInputs &in, FindingList &out) { unownedTouchpoints(in.graph, in.all, out); },
         [](const RuleInputs &in, Cards cards, FindingList &out) { unownedTouchpoints(in.graph, cards, out); }, true},
        {[](const RuleInputs &in, FindingList &out) { brokenAccountabilityChain(in.graph, out); }, nullptr, false},
        {[](const RuleInputs &in, FindingList &out) { noAccountablePerson(in.graph, out); }, nullptr, true},
        {[](const RuleInputs &in, FindingList &out) { unsupportedFrontStage(in.graph, in.reach, in.all, out); },
         [](const RuleInputs &in, Cards cards, FindingList &out) {
             unsupportedFrontStage(in.graph, in.reach, cards, out);
         },
         true},
        {[](const RuleInputs &in, FindingList &out) { orphanBackStage(in.graph, in.reach, in.all, out); },
         [](const RuleInputs &in, Cards cards, FindingList &out) { orphanBackStage(in.graph, in.reach, cards, out); },
         true},
        {[](const RuleInputs &in, FindingList &out) { handoffs(in.graph, out); }, nullptr, false},
        {[](const RuleInputs &in, FindingList &out) { loops(in.graph, in.work, out); }, nullptr, true},
        {[](const RuleInputs &in, FindingList &out) { slowPath(in.graph, in.work, out); }, nullptr, false},
        {[](const RuleInputs &in, FindingList &out) { staleReviews(in.graph, in.options, in.all, out); },
         [](const RuleInputs &in, Cards cards, FindingList &out) { staleReviews(in.graph, in.options, cards, out); },
         true},
        {[](const RuleInputs &in, FindingList &out) { stageCoverage(in.graph, out); }, nullptr, true},
    };
    return steps;
}

} // namespace rules

AnalysisResult analyze(const JourneyMap &map, const AnalysisOptions &options)
{
    const JourneyGraph graph(map);
    const WorkComponents work(graph);
    const rules::SupportReach reach(graph);
    const std::vector<JourneyGraph::Vertex> all = graph.allVertices();
    const rules::RuleInputs inputs{graph, work, reach, options, all};
    FindingList out(graph);
    std::vector<RuleFindings> found;
    for (const rules::RuleStep &rule : rules::allRules()) {
        rule.run(inputs, out);
        found.push_back(out.take());
    }
    AnalysisResult result;
    result.findings = inMapOrder(graph, found, true);
    return result;
}

FindingKeys findingKeys(const AnalysisResult &result)
{
    // Merging two sorted lists compares results without hashing every card's findings.
    FindingKeys keys;
    keys.reserve(result.findings.size());
    for (size_t i = 0; i < result.findings.size(); ++i)
        keys.emplace_back(result.findings[i].key(), i);
    std::sort(keys.begin(), keys.end());
    return keys;
}

QList<TouchpointId> cardsWithChangedFindings(const AnalysisResult &before, const AnalysisResult &after)
{
    return cardsWithChangedFindings(before, findingKeys(before), after, findingKeys(after));
}

QList<TouchpointId> cardsWithChangedFindings(const AnalysisResult &before, const FindingKeys &old,
                                             const AnalysisResult &after, const FindingKeys &fresh)
{
    QList<TouchpointId> cards;
    auto mark = [&cards](const Finding &f) { cards.append(f.touchpoints); };
    size_t i = 0, j = 0;
    while (i < old.size() || j < fresh.size()) {
        if (j == fresh.size() || (i < old.size() && old[i].first < fresh[j].first))
            mark(before.findings[old[i++].second]);
        else if (i == old.size() || fresh[j].first < old[i].first)
            mark(after.findings[fresh[j++].second]);
        else
            ++i, ++j; // the same finding in both
    }
    std::sort(cards.begin(), cards.end(), [](TouchpointId a, TouchpointId b) { return a.value < b.value; });
    cards.erase(std::unique(cards.begin(), cards.end()), cards.end());
    return cards;
}

int AnalysisResult::count(Severity s) const
{
    return int(std::count_if(findings.begin(), findings.end(), [s](const Finding &f) { return f.severity == s; }));
}

std::vector<Finding> AnalysisResult::forDepartment(const QString &department) const
{
    std::vector<Finding> mine;
    std::copy_if(findings.begin(), findings.end(), std::back_inserter(mine),
                 [&](const Finding &f) { return f.departments.contains(department); });
    return mine;
}

const std::vector<int> &AnalysisResult::indexedFindingsOf(TouchpointId id) const
{
    TouchpointIndex &index = touchpointIndex;
    if (index.data != findings.data() || index.size != findings.size()) {
        index.findingsOf.clear();
        for (int i = 0; i < int(findings.size()); ++i)
            for (TouchpointId t : findings[size_t(i)].touchpoints)
                index.findingsOf[t.value].push_back(i);
        index.data = findings.data();
        index.size = findings.size();
    }
    static const std::vector<int> none;
    const auto it = index.findingsOf.constFind(id.value);
    return it == index.findingsOf.cend() ? none : *it;
}

std::vector<const Finding *> AnalysisResult::forTouchpoint(TouchpointId id) const
{
    std::vector<const Finding *> on;
    for (int i : indexedFindingsOf(id))
        on.push_back(&findings[size_t(i)]);
    return on;
}

std::optional<Severity> AnalysisResult::worstOn(TouchpointId id) const
{
    std::optional<Severity> worst;
    for (int i : indexedFindingsOf(id))
        if (!worst || findings[size_t(i)].severity < *worst) // Error < Warning < Info
            worst = findings[size_t(i)].severity;
    return worst;
}

} // namespace stagecraft
