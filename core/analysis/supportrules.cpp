// unsupported-front-stage, orphan-back-stage
#include "reach.h"
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>
#include <boost/graph/reverse_graph.hpp>

namespace stagecraft::rules {

namespace {
bool isBackOffice(LaneKind kind) { return kind == LaneKind::BackStage || kind == LaneKind::Support; }
} // namespace

void unsupportedFrontStage(const JourneyGraph &graph, FindingList &out)
{
    // Everything back-stage work holds up, following supports links through
    // any lane (back-stage → on-stage → front-stage is a chain too).
    std::vector<JourneyGraph::Vertex> backOffice;
    for (int i = 0; i < graph.vertexCount(); ++i)
        if (isBackOffice(graph[JourneyGraph::Vertex(i)].laneKind))
            backOffice.push_back(JourneyGraph::Vertex(i));
    const std::vector<bool> supported = reachedFrom(graph.linksOfKind({LinkKind::Supports}), backOffice);
    for (int i = 0; i < graph.vertexCount(); ++i) {
        const auto v = JourneyGraph::Vertex(i);
        if (graph[v].laneKind != LaneKind::FrontStage || supported[size_t(i)])
            continue;
        out.add(rule::UnsupportedFrontStage, Severity::Warning,
                QCoreApplication::translate("Analysis", "%1 in stage %2 is seen by customers, but no back-stage "
                                                        "process supports it")
                    .arg(out.titleWithOwner(v), out.stageName(v)),
                {v});
    }
}

void orphanBackStage(const JourneyGraph &graph, FindingList &out)
{
    // Walking the links backwards from everything the customer sees finds
    // all the work that leads to it; the rest leads nowhere they notice.
    std::vector<JourneyGraph::Vertex> visible;
    for (int i = 0; i < graph.vertexCount(); ++i)
        if (laneIsCustomerVisible(graph[JourneyGraph::Vertex(i)].laneKind))
            visible.push_back(JourneyGraph::Vertex(i));
    const std::vector<bool> useful = reachedFrom(boost::make_reverse_graph(graph.graph()), visible);
    for (int i = 0; i < graph.vertexCount(); ++i) {
        const auto v = JourneyGraph::Vertex(i);
        if (!isBackOffice(graph[v].laneKind) || useful[size_t(i)])
            continue;
        out.add(rule::OrphanBackStage, Severity::Warning,
                QCoreApplication::translate("Analysis", "%1 in stage %2 leads to nothing the customer sees")
                    .arg(out.titleWithOwner(v), out.stageName(v)),
                {v});
    }
}

} // namespace stagecraft::rules
