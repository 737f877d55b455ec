#include "linkitem.h"

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
    if (m_parts & MapRenderer::LinkLine) {
        QPainterPathStroker stroker;
        stroker.setWidth(10 * s); // easy to click, thin to look at
        m_shape = stroker.createStroke(m_path);
        m_shape.addPolygon(route->arrowHead);
        m_bounds = m_shape.boundingRect().united(route->arrowHead.boundingRect()).adjusted(-4, -4, 4, 4);
    } else {
        // The label is centred on labelPos; leave room for two lines of it.
        m_shape = {};
        m_bounds = QRectF(route->labelPos - QPointF(90 * s, 26 * s), QSizeF(180 * s, 52 * s))
                       .united(m_path.boundingRect().adjusted(-20, -20, 20, 20));
    }
}

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // Both parts show the selection of the line item.
    const LinkItem *line = m_scene->linkItem(m_link.id);
    const bool selected = line && line->isSelected();
    m_scene->renderer().paintLink(*painter, m_link.id, selected, m_parts);
}

} // namespace stagecraft
