#pragma once

#include "maplayout.h"

namespace stagecraft {

// Draws each link from an edge of its source card to the facing edge of its
// target card: a smooth curve when nothing lies between them, otherwise an
// orthogonal path with rounded corners through the gutters between columns
// and the free band at a lane's edge, so a link never runs across a card.
// Links sharing a card edge are spread along it, ordered by where their other
// end lies, so they fan out without crossing.
class LinkRouter {
public:
    // The grid as MapLayout built it: column and row edges, and the cards per cell.
    struct Grid {
        const std::vector<qreal> &columnEdges;
        const std::vector<qreal> &rowEdges;
        const std::vector<QList<TouchpointId>> &cells; // lane * stageCount + stage
    };

    explicit LinkRouter(const LayoutMetrics &metrics) : m_metrics(metrics) {}
    QHash<LinkId, MapLayout::LinkRoute> route(const JourneyMap &map, const QHash<TouchpointId, QRectF> &cards,
                                              const Grid &grid) const;

private:
    LayoutMetrics m_metrics;
};

} // namespace stagecraft
