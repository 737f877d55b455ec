// broken-accountability-chain
#include "reach.h"
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>

namespace stagecraft::rules {

namespace {
// Parts: the dependant card (FindingList::putCard at 0), the unowned card's
// title, the title of the card next in line and how many more are between.
QString directText(const MessageParts &p)
{
    return QCoreApplication::translate("Analysis", "%1 depends on %2, which has no owner")
        .arg(FindingList::card(p, 0), FindingList::quoted(p.names[2]));
}

QString throughText(const MessageParts &p)
{
    // Long chains name the card next in line and count the rest.
    const qint64 others = p.numbers[0];
    const QString next = FindingList::quoted(p.names[3]);
    const QString through = others == 0   ? next
                            : others == 1 ? QCoreApplication::translate("Analysis", "%1 and one other card").arg(next)
                                          : QCoreApplication::translate("Analysis", "%1 and %2 other cards")
                                                .arg(next)
                                                .arg(others);
    return QCoreApplication::translate("Analysis", "%1 depends, through %2, on %3, which has no owner")
        .arg(FindingList::card(p, 0), through, FindingList::quoted(p.names[2]));
}
} // namespace

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
        MessageParts parts;
        out.putCard(parts, 0, v);
        parts.names[2] = graph.touchpoint(chain.back()).title;
        parts.names[3] = graph.touchpoint(chain[1]).title; // the same as [2] when direct
        parts.numbers[0] = qint64(chain.size()) - 3;       // the cards in between not named
        // It is the dependants' departments whose promise breaks; the
        // unowned card's own finding goes to its neighbours.
        std::sort(owners.begin(), owners.end());
        owners.erase(std::unique(owners.begin(), owners.end()), owners.end());
        out.add(rule::BrokenAccountabilityChain, Severity::Error,
                {chain.size() == 2 ? directText : throughText, std::move(parts)}, chain, links, &owners);
    }
}

} // namespace stagecraft::rules
