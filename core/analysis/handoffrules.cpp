// handoff-without-agreed-time, slow-handoff
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>
#include <array>

namespace stagecraft::rules {

namespace {
// Parts: the two cards (FindingList::putCard at 0 and 2); for a slow one the
// wait and the agreed time in minutes.
QString noTimeText(const MessageParts &p)
{
    return QCoreApplication::translate("Analysis", "The hand-off from %1 to %2 has no agreed time")
        .arg(FindingList::card(p, 0), FindingList::card(p, 2));
}

QString slowText(const MessageParts &p)
{
    return QCoreApplication::translate("Analysis", "The hand-off from %1 to %2 waits %3, against an agreed %4")
        .arg(FindingList::card(p, 0), FindingList::card(p, 2), Duration{p.numbers[0]}.toDisplay(),
             Duration{p.numbers[1]}.toDisplay());
}

MessageParts bothEnds(const FindingList &out, JourneyGraph::Vertex from, JourneyGraph::Vertex to)
{
    MessageParts parts;
    out.putCard(parts, 0, from);
    out.putCard(parts, 2, to);
    return parts;
}
} // namespace

void handoffs(const JourneyGraph &graph, FindingList &out)
{
    const auto &g = graph.graph();
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
        const auto from = boost::source(e, g);
        const auto to = boost::target(e, g);
        const int linkIndex = g[e].link;
        const Link &link = graph.link(linkIndex);
        const std::array ends{from, to};
        // Any kind of link counts: work or information passes between two
        // departments, and that is where the customer meets two companies.
        const bool crossesDepartments = g[from].owner >= 0 && g[to].owner >= 0 && g[from].owner != g[to].owner;
        if (crossesDepartments && !link.agreedTime) {
            out.add(rule::HandoffWithoutAgreedTime, Severity::Warning, {noTimeText, bothEnds(out, from, to)}, ends,
                    std::span(&linkIndex, 1));
        }
        if (link.agreedTime && link.waitTime && *link.waitTime > *link.agreedTime) {
            MessageParts parts = bothEnds(out, from, to);
            parts.numbers = {link.waitTime->minutes, link.agreedTime->minutes};
            out.add(rule::SlowHandoff, Severity::Warning, {slowText, std::move(parts)}, ends, std::span(&linkIndex, 1));
        }
    }
}

} // namespace stagecraft::rules
