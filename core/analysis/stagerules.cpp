// unmeasured-stage, stage-without-customer-step
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>

namespace stagecraft::rules {

void stageCoverage(const JourneyGraph &graph, FindingList &out)
{
    const JourneyMap &map = graph.map();
    const bool mapHasCustomerLane = std::any_of(map.lanes.begin(), map.lanes.end(),
                                                [](const Lane &l) { return l.kind == LaneKind::Customer; });
    std::vector<std::vector<JourneyGraph::Vertex>> cardsIn(map.stages.size());
    for (int i = 0; i < graph.vertexCount(); ++i)
        if (graph[JourneyGraph::Vertex(i)].stage >= 0)
            cardsIn[size_t(graph[JourneyGraph::Vertex(i)].stage)].push_back(JourneyGraph::Vertex(i));

    for (size_t s = 0; s < map.stages.size(); ++s) {
        const auto &cards = cardsIn[s];
        const QString name = QLatin1Char('\'') + map.stages[s].name + QLatin1Char('\'');
        // Only the organisation's own work is measured; a stage with none
        // has nothing to measure (and is empty or the customer's alone).
        bool hasWork = false, measured = false, customerStep = false;
        for (auto v : cards) {
            const TouchpointVertex &tv = graph[v];
            customerStep |= tv.laneKind == LaneKind::Customer;
            if (laneNeedsOwner(tv.laneKind)) {
                hasWork = true;
                measured |= graph.touchpoint(v).processingTime.has_value();
            }
        }
        if (hasWork && !measured)
            out.addForStage(rule::UnmeasuredStage, Severity::Info,
                            QCoreApplication::translate("Analysis", "Stage %1 has no processing time on any of its "
                                                                    "touchpoints, so its service cannot be compared")
                                .arg(name),
                            int(s), cards);
        if (mapHasCustomerLane && hasWork && !customerStep)
            out.addForStage(rule::StageWithoutCustomerStep, Severity::Info,
                            QCoreApplication::translate("Analysis", "Stage %1 has work in it but no step by the "
                                                                    "customer")
                                .arg(name),
                            int(s), cards);
    }
}

} // namespace stagecraft::rules
