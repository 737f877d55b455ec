#include "layeritem.h"

#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace stagecraft::layer {

QList<QRectF> exposedParts(const QPainter &painter, const QStyleOptionGraphicsItem &option)
{
    // QGraphicsView::render() exposes the whole item but clips the painter.
    QRectF exposed = option.exposedRect;
    if (painter.hasClipping())
        exposed &= painter.clipBoundingRect();
    // A widget's paint is clipped to the region it repaints (the system
    // clip, in device coordinates); exposedRect is that region's bounds.
    const QPaintEngine *engine = painter.paintEngine();
    const QRegion region = engine ? engine->systemClip() : QRegion();
    if (region.rectCount() <= 1)
        return {exposed};
    const QTransform toItem = painter.deviceTransform().inverted();
    QList<QRectF> parts;
    for (const QRect &r : region)
        if (const QRectF part = toItem.mapRect(QRectF(r)) & exposed; !part.isEmpty())
            parts << part;
    return parts;
}

QRectF grownBounds(const QRectF &now, const QRectF &map)
{
    if (now.contains(map) || map.isNull())
        return now;
    // A quarter more room down and right, where maps grow.
    const QRectF grown = now.isNull() ? map : now.united(map);
    return grown.adjusted(0, 0, map.width() / 4, map.height() / 4);
}

} // namespace stagecraft::layer
