#include "removedtouchpoints.h"

#include <algorithm>

namespace stagecraft {

RemovedTouchpoints::RemovedTouchpoints(const JourneyMap &map, const QList<TouchpointId> &ids)
{
    for (TouchpointId id : ids)
        if (const Touchpoint *t = map.touchpoint(id))
            m_touchpoints.push_back({*t, map.indexInCell(id)});
    // Restoring lowest indexes first rebuilds every cell in its old order.
    std::sort(m_touchpoints.begin(), m_touchpoints.end(),
              [](const Placed &a, const Placed &b) { return a.indexInCell < b.indexInCell; });
    for (const Link &l : map.links)
        if (ids.contains(l.from) || ids.contains(l.to))
            m_links.push_back(l);
}

void RemovedTouchpoints::remove(DocumentEdit &edit) const
{
    for (const Link &l : m_links)
        edit.removeLink(l.id);
    for (const Placed &p : m_touchpoints)
        edit.removeTouchpoint(p.touchpoint.id);
}

void RemovedTouchpoints::restore(DocumentEdit &edit) const
{
    for (const Placed &p : m_touchpoints)
        edit.insertTouchpoint(p.touchpoint, p.indexInCell);
    for (const Link &l : m_links)
        edit.insertLink(l);
}

} // namespace stagecraft
