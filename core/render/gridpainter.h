#pragma once

#include "layout/maplayout.h"

#include <QPainter>

namespace stagecraft {

// Paints what lies under the cards: lane tints, the grid, the phase band,
// stage and lane headers, and the service-blueprint lines.
class GridPainter {
public:
    static void paint(QPainter &painter, const MapLayout &layout, const QRectF &exposed);

private:
    static void paintHeaders(QPainter &painter, const MapLayout &layout, const QRectF &exposed);
    static void paintLanes(QPainter &painter, const MapLayout &layout, const QRectF &exposed);
    static void paintBlueprintLines(QPainter &painter, const MapLayout &layout);
};

} // namespace stagecraft
