#pragma once

#include "model/documentedit.h"

#include <vector>

namespace stagecraft {

// Touchpoints about to be removed, with their cell positions and every link
// that touches them: what an undo needs to put them back exactly.
class RemovedTouchpoints {
public:
    RemovedTouchpoints() = default;
    RemovedTouchpoints(const JourneyMap &map, const QList<TouchpointId> &ids);

    bool isEmpty() const { return m_touchpoints.empty(); }
    void remove(DocumentEdit &edit) const;
    void restore(DocumentEdit &edit) const;

private:
    struct Placed {
        Touchpoint touchpoint;
        int indexInCell;
    };
    std::vector<Placed> m_touchpoints; // lowest cell index first
    std::vector<Link> m_links;
};

} // namespace stagecraft
