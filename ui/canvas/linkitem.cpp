#include "linkitem.h"

#include "carditem.h"
#include "layout/maplayout.h"
#include "mapscene.h"
#include "render/maprenderer.h"

#include <QPainterPathStroker>

namespace stagecraft {

LinkItem::LinkItem(MapScene *scene, const Link &link, int parts) : m_scene(scene), m_link(link), m_parts(parts)
{
    setFlags(ItemIsSelectable);
    // Labels show the selection but are not what one clicks.
    if (!(parts & MapRenderer::LinkLine))
        setAcceptedMouseButtons(Qt::NoButton);
}

bool LinkItem::setLink(const Link &link)
{
    if (link == m_link)
        return false;
    m_link = link;
    update();
    return true;
}

void LinkItem::updateGeometry()
{
    const MapLayout::LinkRoute *route = m_scene->layout().route(m_link.id);
    const QPainterPath path = route ? route->path : QPainterPath();
    if (path == m_path && !m_bounds.isNull()) {
        update(); // the label's text or the ends' owners may have changed
        return;
    }
    prepareGeometryChange();
    m_path = path;
    if (!route) {
        m_shape = {};
        m_bounds = {};
        return;
    }
    const qreal s = m_scene->layout().metrics().typeScale;
    m_shape = {}; // made on demand: stroking 30,000 routes up front is slow
    m_arrowHead = route->arrowHead;
    if (m_parts & MapRenderer::LinkLine) {
        m_bounds = m_path.controlPointRect().united(route->arrowHead.boundingRect()).adjusted(-6 * s, -6 * s, 6 * s, 6 * s);
    } else {
        // The label is centred on labelPos; leave room for two lines of it.
        m_shape = {};
        // The marker sits on labelPos; the text goes where the renderer finds
        // room for it, which may be away from a card it would cover.
        m_bounds = QRectF(route->labelPos - QPointF(8 * s, 8 * s), QSizeF(16 * s, 16 * s))
                       .united(m_scene->renderer().labelRect(m_link.id))
                       .adjusted(-2 * s, -2 * s, 2 * s, 2 * s);
    }
}

QPainterPath LinkItem::shape() const
{
    if (m_shape.isEmpty() && (m_parts & MapRenderer::LinkLine) && !m_path.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10 * m_scene->layout().metrics().typeScale); // easy to click, thin to look at
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(m_arrowHead);
    }
    return m_shape;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Both parts show the selection of the line item.
    const LinkItem *line = m_scene->linkItem(m_link.id);
    const bool selected = line && line->isSelected();
    const CardItem *from = m_scene->cardItem(m_link.from);
    const CardItem *to = m_scene->cardItem(m_link.to);
    m_scene->renderer().paintLink(*painter, m_link, from ? &from->touchpoint() : nullptr,
                                  to ? &to->touchpoint() : nullptr, selected, m_parts);
}

} // namespace stagecraft
