#pragma once

#include "ids.h"

#include <QFlags>
#include <QList>

namespace stagecraft {

// What one edit (or undo, or a reload) changed, so views update only what
// they must. Views that do not care about detail may rebuild on any change.
struct ChangeEvent {
    enum Part {
        Info = 0x01,       // title, description, settings
        Structure = 0x02,  // phases, stages, lanes: the grid itself
        Owners = 0x04,
        Touchpoints = 0x08,
        Links = 0x10,
        Reset = 0xff,      // everything (open, reload after a failed write)
    };
    Q_DECLARE_FLAGS(Parts, Part)

    Parts parts;
    QList<TouchpointId> touchpoints; // added, changed, moved or removed
    QList<LinkId> links;

    bool touches(Part p) const { return parts.testFlag(p); }
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeEvent::Parts)

} // namespace stagecraft
