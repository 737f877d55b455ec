// unsupported-front-stage, orphan-back-stage
#include "reach.h"
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>
#include <boost/graph/reverse_graph.hpp>

namespace stagecraft::rules {

namespace {
bool isBackOffice(LaneKind kind) { return kind == LaneKind::BackStage || kind == LaneKind::Support; }

// Parts: the card (FindingList::putCard at 0), its stage's name.
QString unsupportedText(const MessageParts &p)
{
    return QCoreApplication::translate("Analysis", "%1 in stage %2 is seen by customers, but no back-stage "
                                                   "process supports it")
        .arg(FindingList::card(p, 0), p.names[2]);
}

QString orphanText(const MessageParts &p)
{
    return QCoreApplication::translate("Analysis", "%1 in stage %2 leads to nothing the customer sees")
        .arg(FindingList::card(p, 0), p.names[2]);
}

MessageParts cardInStage(const FindingList &out, JourneyGraph::Vertex v)
{
    MessageParts parts;
    out.putCard(parts, 0, v);
    parts.names[2] = out.stageName(v);
    return parts;
}
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
        out.add(rule::UnsupportedFrontStage, Severity::Warning, {unsupportedText, cardInStage(out, v)},
                std::span(&v, 1));
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
        out.add(rule::OrphanBackStage, Severity::Warning, {orphanText, cardInStage(out, v)}, std::span(&v, 1));
    }
}

} // namespace stagecraft::rules
