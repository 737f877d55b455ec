#include "linkitem.h"

#include "carditem.h"
#include "layout/maplayout.h"
#include "mapscene.h"
#include "render/maprenderer.h"

#include <QPainterPathStroker>

namespace stagecraft {

namespace {
QPolygonF polygonOf(const std::array<QPointF, 3> &points) { return QPolygonF(QList<QPointF>(points.cbegin(), points.cend())); }
} // namespace

LinkItem::LinkItem(MapScene *scene, const Link &link) : m_scene(scene), m_link(link)
{
    setFlags(ItemIsSelectable);
    setZValue(5);
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
    const LinkRoute now = route ? *route : LinkRoute();
    if (now.line == m_route.line && now.arrowHead == m_route.arrowHead && !m_bounds.isNull()) {
        update(); // the ends' owners may have changed
        return;
    }
    prepareGeometryChange();
    m_route = now;
    m_shape = {}; // made on demand: stroking 30,000 routes up front is slow
    if (!route) {
        m_bounds = {};
    } else {
        const qreal s = m_scene->layout().metrics().typeScale;
        m_bounds = m_route.line.bounds().united(polygonOf(m_route.arrowHead).boundingRect()).adjusted(-6 * s, -6 * s, 6 * s, 6 * s);
    }
}

QPainterPath LinkItem::shape() const
{
    if (m_shape.isEmpty() && !m_route.line.isEmpty()) {
        QPainterPathStroker stroker;
        stroker.setWidth(10 * m_scene->layout().metrics().typeScale); // easy to click, thin to look at
        m_shape = stroker.createStroke(m_route.line.toPath());
        m_shape.addPolygon(polygonOf(m_route.arrowHead));
    }
    return m_shape;
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const CardItem *from = m_scene->cardItem(m_link.from);
    const CardItem *to = m_scene->cardItem(m_link.to);
    m_scene->renderer().paintLink(*painter, m_link, from ? &from->touchpoint() : nullptr,
                                  to ? &to->touchpoint() : nullptr, isSelected(), MapRenderer::LinkLine);
}

} // namespace stagecraft
