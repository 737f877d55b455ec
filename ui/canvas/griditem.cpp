#include "griditem.h"

#include "layeritem.h"
#include "mapscene.h"
#include "render/maprenderer.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace stagecraft {

GridItem::GridItem(MapScene *scene) : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption); // for exposedRect
    setZValue(0);
}

void GridItem::setRect(const QRectF &rect)
{
    // The scene repaints the grid where its rows change.
    const QRectF grown = layer::grownBounds(m_rect, rect);
    if (grown == m_rect)
        return;
    prepareGeometryChange();
    m_rect = grown;
}

void GridItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // QGraphicsView::render() exposes the whole item but clips the painter.
    QRectF exposed = option->exposedRect;
    if (painter->hasClipping())
        exposed &= painter->clipBoundingRect();
    m_scene->renderer().paintBackground(*painter, exposed);
}

CursorItem::CursorItem() { setZValue(8); }

void CursorItem::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    prepareGeometryChange();
    m_rect = rect;
}

void CursorItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Editor chrome, not map content: the exported map never shows it.
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(QColor(0x2d, 0x6c, 0xdf, 18));
    painter->setPen(QPen(QColor(0x2d, 0x6c, 0xdf, 200), 2));
    painter->drawRoundedRect(m_rect.adjusted(2, 2, -2, -2), 4, 4);
}

} // namespace stagecraft
