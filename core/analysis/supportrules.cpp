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

SupportReach::SupportReach(const JourneyGraph &graph)
{
    // Everything back-stage work holds up, following supports links through
    // any lane (back-stage → on-stage → front-stage is a chain too).
    std::vector<JourneyGraph::Vertex> backOffice, visible;
    for (int i = 0; i < graph.vertexCount(); ++i) {
        const LaneKind kind = graph[JourneyGraph::Vertex(i)].laneKind;
        if (isBackOffice(kind))
            backOffice.push_back(JourneyGraph::Vertex(i));
        if (laneIsCustomerVisible(kind))
            visible.push_back(JourneyGraph::Vertex(i));
    }
    supported = reachedFrom(graph.linksOfKind({LinkKind::Supports}), backOffice);
    // Walking the links backwards from everything the customer sees finds
    // all the work that leads to it; the rest leads nowhere they notice.
    useful = reachedFrom(boost::make_reverse_graph(graph.graph()), visible);
}

void unsupportedFrontStage(const JourneyGraph &graph, const SupportReach &reach, Cards cards, FindingList &out)
{
    for (const auto v : cards) {
        if (graph[v].laneKind != LaneKind::FrontStage || reach.supported[size_t(v)])
            continue;
        out.add(rule::UnsupportedFrontStage, Severity::Warning, {unsupportedText, cardInStage(out, v)},
                std::span(&v, 1));
    }
}

void orphanBackStage(const JourneyGraph &graph, const SupportReach &reach, Cards cards, FindingList &out)
{
    for (const auto v : cards) {
        if (!isBackOffice(graph[v].laneKind) || reach.useful[size_t(v)])
            continue;
        out.add(rule::OrphanBackStage, Severity::Warning, {orphanText, cardInStage(out, v)}, std::span(&v, 1));
    }
}

} // namespace stagecraft::rules
