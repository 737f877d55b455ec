#include "linkitem.h"

#include "mapscene.h"
#include "render/maprenderer.h"

#include <QPainterPathStroker>

namespace stagecraft {

LinkItem::LinkItem(MapScene *scene, const Link &link, const QPainterPath &path) : m_scene(scene), m_link(link)
{
    setFlags(ItemIsSelectable);
    setZValue(5);
    setPath(path);
}

bool LinkItem::setLink(const Link &link)
{
    if (link == m_link)
        return false;
    m_link = link;
    update();
    return true;
}

void LinkItem::setPath(const QPainterPath &path)
{
    if (path == m_path)
        return;
    prepareGeometryChange();
    m_path = path;
    QPainterPathStroker stroker;
    stroker.setWidth(10); // easy to click, thin to look at
    m_shape = stroker.createStroke(m_path);
    // Room for the arrowhead and the time label beside the line.
    m_bounds = m_path.boundingRect().adjusted(-60, -24, 60, 24);
}

QRectF LinkItem::boundingRect() const { return m_bounds; }
QPainterPath LinkItem::shape() const { return m_shape; }

void LinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    LinkPaintOptions options;
    options.selected = isSelected();
    options.faded = m_scene->isFaded(m_link.from) && m_scene->isFaded(m_link.to);
    m_scene->renderer().paintLink(painter, m_scene->map(), m_link, m_path, options);
}

} // namespace stagecraft
