// stale-review
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>

namespace stagecraft::rules {

void staleReviews(const JourneyGraph &graph, const AnalysisOptions &options, FindingList &out)
{
    const int months = graph.map().info.settings.staleAfterMonths;
    if (months <= 0 || !options.today.isValid())
        return; // the map turned the check off
    // Reviewed on or after this day is fresh: "more than N months ago" is strict.
    const QDate freshFrom = options.today.addMonths(-months);
    for (int i = 0; i < graph.vertexCount(); ++i) {
        const auto v = JourneyGraph::Vertex(i);
        const auto &reviewed = graph.touchpoint(v).lastReviewed;
        if (!reviewed || !reviewed->isValid() || *reviewed >= freshFrom)
            continue;
        out.add(rule::StaleReview, Severity::Warning,
                QCoreApplication::translate("Analysis", "%1 in stage %2 was last reviewed on %3, more than %n "
                                                        "months ago", nullptr, months)
                    .arg(out.titleWithOwner(v), out.stageName(v), reviewed->toString(Qt::ISODate)),
                {v});
    }
}

} // namespace stagecraft::rules
