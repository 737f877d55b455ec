#include "griditem.h"

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
    if (rect == m_rect)
        return update();
    prepareGeometryChange();
    m_rect = rect;
}

void GridItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    m_scene->renderer().paintGrid(painter, m_scene->map(), m_scene->layout(), option->exposedRect,
                                  m_scene->focusDepartment());
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
    QColor fill(0x2d, 0x6c, 0xdf, 28);
    painter->setBrush(fill);
    painter->setPen(QPen(QColor(0x2d, 0x6c, 0xdf), 2.5, Qt::DashLine));
    painter->drawRoundedRect(m_rect.adjusted(2, 2, -2, -2), 6, 6);
}

} // namespace stagecraft
