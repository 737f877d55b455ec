#pragma once

#include "layout/maplayout.h"

#include <QPainter>

namespace stagecraft {

// Paints one link along its route: flow solid, supports dashed, hand-off in
// its own colour with a marker that shows the change of owner, and the
// agreed and wait times as a label.
class LinkPainter {
public:
    struct Look {
        QColor fromOwner, toOwner; // invalid: unowned
        bool selected = false;
        bool faded = false;
        qreal scale = 1.0;
    };
    static void paintLine(QPainter &painter, const Link &link, const MapLayout::LinkRoute &route, const Look &look);
    static void paintLabel(QPainter &painter, const Link &link, const MapLayout::LinkRoute &route, const Look &look);
    static QString labelText(const Link &link); // empty: no label
};

} // namespace stagecraft
