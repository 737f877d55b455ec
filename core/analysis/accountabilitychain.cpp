// broken-accountability-chain
#include "reach.h"
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>

namespace stagecraft::rules {

void brokenAccountabilityChain(const JourneyGraph &graph, FindingList &out)
{
    using Vertex = JourneyGraph::Vertex;
    // A card depends on what supports it or hands work to it, so the
    // dependants of an unowned card are what it reaches along those links.
    // One search from all unowned cards at once names, for each dependant,
    // its nearest unowned card and the chain in between (all owned: an
    // unowned card on the way would be nearer).
    std::vector<Vertex> unowned;
    for (int i = 0; i < graph.vertexCount(); ++i)
        if (graph.isUnowned(Vertex(i)))
            unowned.push_back(Vertex(i));
    if (unowned.empty())
        return;
    const auto dependencies = graph.linksOfKind({LinkKind::Supports, LinkKind::Handoff});
    std::vector<Vertex> from;
    const std::vector<bool> reached = reachedFrom(dependencies, unowned, &from);

    for (int i = 0; i < graph.vertexCount(); ++i) {
        const auto v = Vertex(i);
        if (!reached[size_t(i)] || graph[v].owner < 0)
            continue;
        std::vector<Vertex> chain{v}; // the dependant, back to the unowned card
        std::vector<int> links;
        std::vector<int> owners{graph[v].owner};
        for (Vertex at = v; from[at] != at; at = from[at]) {
            const auto [e, found] = boost::edge(from[at], at, dependencies);
            if (found)
                links.push_back(graph[e].link);
            chain.push_back(from[at]);
            if (graph[from[at]].owner >= 0)
                owners.push_back(graph[from[at]].owner);
        }
        const Vertex source = chain.back();
        QString message;
        if (chain.size() == 2) {
            message = QCoreApplication::translate("Analysis", "%1 depends on %2, which has no owner")
                          .arg(out.titleWithOwner(v), out.title(source));
        } else {
            QStringList through;
            for (size_t k = 1; k + 1 < chain.size(); ++k)
                through.append(out.title(chain[k]));
            message = QCoreApplication::translate("Analysis", "%1 depends, through %2, on %3, which has no owner")
                          .arg(out.titleWithOwner(v), FindingList::joined(through), out.title(source));
        }
        Finding &f = out.add(rule::BrokenAccountabilityChain, Severity::Error, message, chain, links);
        // It is the dependants' departments whose promise breaks; the
        // unowned card's own finding goes to its neighbours.
        std::sort(owners.begin(), owners.end());
        owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
        out.setDepartments(f, owners);
    }
}

} // namespace stagecraft::rules
