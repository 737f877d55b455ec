#pragma once

#include "maplayout.h"

namespace stagecraft {

// Draws each link as a smooth curve from an edge of its source card to the
// facing edge of its target card. Links sharing a card edge are spread along
// it, ordered by where their other end lies, so they fan out without crossing.
class LinkRouter {
public:
    explicit LinkRouter(const LayoutMetrics &metrics) : m_metrics(metrics) {}
    QHash<LinkId, MapLayout::LinkRoute> route(const JourneyMap &map, const QHash<TouchpointId, QRectF> &cards) const;

private:
    LayoutMetrics m_metrics;
};

} // namespace stagecraft
