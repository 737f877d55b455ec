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
    std::vector<JourneyGraph::Edge> by;
    const std::vector<bool> reached = reachedFrom(dependencies, unowned, &from, &by);

    const QString direct = QCoreApplication::translate("Analysis", "%1 depends on %2, which has no owner");
    const QString throughOne =
        QCoreApplication::translate("Analysis", "%1 depends, through %2, on %3, which has no owner");
    const QString andOne = QCoreApplication::translate("Analysis", "%1 and one other card");
    const QString andMore = QCoreApplication::translate("Analysis", "%1 and %2 other cards");
    std::vector<Vertex> chain;
    std::vector<int> links, owners;
    for (int i = 0; i < graph.vertexCount(); ++i) {
        const auto v = Vertex(i);
        if (!reached[size_t(i)] || graph[v].owner < 0)
            continue;
        chain.assign(1, v); // the dependant, back to the unowned card
        links.clear();
        owners.assign(1, graph[v].owner);
        for (Vertex at = v; from[at] != at; at = from[at]) {
            links.push_back(graph[by[at]].link);
            chain.push_back(from[at]);
            if (graph[from[at]].owner >= 0)
                owners.push_back(graph[from[at]].owner);
        }
        const Vertex source = chain.back();
        QString message;
        if (chain.size() == 2) {
            message = direct.arg(out.titleWithOwner(v), out.title(source));
        } else {
            // Long chains name the card next in line and count the rest.
            const int others = int(chain.size()) - 3;
            const QString through =
                others == 0   ? out.title(chain[1])
                : others == 1 ? andOne.arg(out.title(chain[1]))
                              : andMore.arg(out.title(chain[1])).arg(others);
            message = throughOne.arg(out.titleWithOwner(v), through, out.title(source));
        }
        // It is the dependants' departments whose promise breaks; the
        // unowned card's own finding goes to its neighbours.
        std::sort(owners.begin(), owners.end());
        owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
        out.add(rule::BrokenAccountabilityChain, Severity::Error, message, chain, links, &owners);
    }
}

} // namespace stagecraft::rules
