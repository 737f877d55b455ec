#pragma once

#include <QList>
#include <QRectF>

class QPainter;
class QStyleOptionGraphicsItem;

namespace stagecraft::layer {

// What the canvas's layer items share: the grid, the link lines and the
// link labels are each one item as large as the map.

// The parts of a layer a view repaints, in the item's coordinates. After an
// edit the view repaints a few small areas far apart (a card, a thin strip
// along a link), and QStyleOptionGraphicsItem::exposedRect is only their
// bounding rect: a layer that painted all of that rect repainted most of the
// view. Needs ItemUsesExtendedStyleOption.
QList<QRectF> exposedParts(const QPainter &painter, const QStyleOptionGraphicsItem &option);

// A layer's bounds once the map covers `map`. Changing an item's bounds
// repaints all it covered, and an edit that makes a row taller or shorter
// changes the map's: so a layer keeps room to grow into and never shrinks,
// and the scene repaints what the edit changed under it.
QRectF grownBounds(const QRectF &now, const QRectF &map);

} // namespace stagecraft::layer
