// handoff-without-agreed-time, slow-handoff
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>

namespace stagecraft::rules {

void handoffs(const JourneyGraph &graph, FindingList &out)
{
    const auto &g = graph.graph();
    const QString noTime = QCoreApplication::translate("Analysis", "The hand-off from %1 to %2 has no agreed time");
    const QString slow =
        QCoreApplication::translate("Analysis", "The hand-off from %1 to %2 waits %3, against an agreed %4");
    for (const auto e : boost::make_iterator_range(boost::edges(g))) {
        const auto from = boost::source(e, g);
        const auto to = boost::target(e, g);
        const Link &link = graph.link(g[e].link);
        // Any kind of link counts: work or information passes between two
        // departments, and that is where the customer meets two companies.
        const bool crossesDepartments = g[from].owner >= 0 && g[to].owner >= 0 && g[from].owner != g[to].owner;
        if (crossesDepartments && !link.agreedTime) {
            out.add(rule::HandoffWithoutAgreedTime, Severity::Warning,
                    noTime.arg(out.titleWithOwner(from), out.titleWithOwner(to)),
                    {from, to}, {g[e].link});
        }
        if (link.agreedTime && link.waitTime && *link.waitTime > *link.agreedTime) {
            out.add(rule::SlowHandoff, Severity::Warning,
                    slow.arg(out.titleWithOwner(from), out.titleWithOwner(to), link.waitTime->toDisplay(),
                             link.agreedTime->toDisplay()),
                    {from, to}, {g[e].link});
        }
    }
}

} // namespace stagecraft::rules
