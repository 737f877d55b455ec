#include "linklabellayer.h"

#include "carditem.h"
#include "layout/maplayout.h"
#include "mapscene.h"
#include "render/linkpainter.h"
#include "render/maprenderer.h"

#include <QStyleOptionGraphicsItem>

namespace stagecraft {

namespace {
// How far from its route a label may end up: half a label's width across,
// and the renderer's search for room up and down the gutter (40 steps of 4).
constexpr qreal ReachAcross = 90;
constexpr qreal ReachAlong = 180;
} // namespace

LinkLabelLayer::LinkLabelLayer(MapScene *scene) : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption); // for exposedRect
    setAcceptedMouseButtons(Qt::NoButton);
    setZValue(15);
}

bool LinkLabelLayer::hasLabel(const Link &link)
{
    return link.kind == LinkKind::Handoff || link.agreedTime || link.waitTime;
}

void LinkLabelLayer::setBounds(const QRectF &bounds)
{
    const QRectF grown = bounds.adjusted(-ReachAcross, -ReachAlong, ReachAcross, ReachAlong);
    if (grown == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = grown;
}

QRectF LinkLabelLayer::reach(const QRectF &routeBounds) const
{
    const qreal s = m_scene->layout().metrics().typeScale;
    return routeBounds.adjusted(-ReachAcross * s, -ReachAlong * s, ReachAcross * s, ReachAlong * s);
}

QRectF LinkLabelLayer::areaOf(LinkId id) const
{
    // The time label where the renderer places it, and the hand-off marker
    // on the route.
    const Link *link = m_scene->map().link(id);
    const MapLayout::LinkRoute *route = m_scene->layout().route(id);
    if (!link || !route || !hasLabel(*link))
        return {};
    return areaAround(route->labelPos, m_scene->renderer().labelRect(id));
}

QRectF LinkLabelLayer::areaAround(const QPointF &labelPos, const QRectF &label) const
{
    const qreal s = m_scene->layout().metrics().typeScale;
    return LinkPainter::markerArea(labelPos, s).united(label).adjusted(-2 * s, -2 * s, 2 * s, 2 * s);
}

void LinkLabelLayer::updateLink(LinkId id)
{
    if (const QRectF before = m_painted.take(id); !before.isNull())
        update(before);
    if (const QRectF now = areaOf(id); !now.isNull())
        update(now);
}

void LinkLabelLayer::setSelectedLink(LinkId id)
{
    if (id == m_selected)
        return;
    const LinkId before = m_selected;
    m_selected = id;
    updateLink(before);
    updateLink(m_selected);
}

void LinkLabelLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // A pass over the routes is cheap; placing a label is not, so only the
    // labels whose route comes near the exposed region are placed. A label
    // stays on its route or within reach of it (see reach()).
    // QGraphicsView::render() exposes the whole item but clips the painter.
    const MapRenderer &renderer = m_scene->renderer();
    if (!renderer.textLegible(*painter))
        return; // zoomed out beyond reading: placing labels no one can read costs most of a frame
    QRectF exposed = option->exposedRect;
    if (painter->hasClipping())
        exposed &= painter->clipBoundingRect();
    const MapLayout &layout = m_scene->layout();
    for (const Link &link : m_scene->map().links) {
        if (!hasLabel(link))
            continue;
        const MapLayout::LinkRoute *route = layout.route(link.id);
        if (!route || !reach(route->line.bounds()).intersects(exposed))
            continue;
        const CardItem *from = m_scene->cardItem(link.from);
        const CardItem *to = m_scene->cardItem(link.to);
        // Placed once: painted there, and remembered to be repainted there.
        const QRectF label = renderer.labelRect(link.id);
        renderer.paintLink(*painter, link, from ? &from->touchpoint() : nullptr, to ? &to->touchpoint() : nullptr,
                           link.id == m_selected, MapRenderer::LinkLabel, label);
        m_painted.insert(link.id, areaAround(route->labelPos, label));
    }
}

} // namespace stagecraft
