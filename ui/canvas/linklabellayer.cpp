#include "linklabellayer.h"

#include "carditem.h"
#include "layeritem.h"
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
    const QRectF grown =
        layer::grownBounds(m_bounds, bounds.adjusted(-ReachAcross, -ReachAlong, ReachAcross, ReachAlong));
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

QRectF LinkLabelLayer::areaOf(const Link &link, qsizetype index) const
{
    // The time label where the renderer places it, and the hand-off marker
    // on the route.
    const MapLayout::LinkRoute *route = m_scene->layout().route(link.id, index);
    if (!route || !hasLabel(link))
        return {};
    return areaAround(route->labelPos, m_scene->renderer().labelRect(link.id));
}

QRectF LinkLabelLayer::areaAround(const QPointF &labelPos, const QRectF &label) const
{
    const qreal s = m_scene->layout().metrics().typeScale;
    return LinkPainter::markerArea(labelPos, s).united(label).adjusted(-2 * s, -2 * s, 2 * s, 2 * s);
}

void LinkLabelLayer::repaint(const QRectF &area)
{
    // Through the scene, not update(): an item keeps one dirty rect, the
    // bounds of all its updates, and labels far apart would repaint all
    // between them.
    if (!area.isNull() && scene() && area.intersects(m_scene->shownArea()))
        scene()->update(area);
}

void LinkLabelLayer::follow(const JourneyMap &map)
{
    m_painted.follow(map, [this](const QRectF &gone) { repaint(gone); });
}

void LinkLabelLayer::repaintWherePainted(const Link &link, qsizetype index)
{
    if (std::optional<QRectF> *painted = m_painted.at(index, link.id); painted && *painted) {
        repaint(**painted);
        painted->reset();
    }
}

void LinkLabelLayer::updateLink(const Link &link, qsizetype index)
{
    repaintWherePainted(link, index);
    repaint(areaOf(link, index));
}

void LinkLabelLayer::updateLink(LinkId id)
{
    const auto &links = m_scene->map().links;
    if (const qsizetype index = m_painted.indexOf(id); index >= 0 && size_t(index) < links.size())
        updateLink(links[size_t(index)], index);
}

void LinkLabelLayer::updateMoved(const Link &link, qsizetype index, const LinkRoute *route)
{
    repaintWherePainted(link, index);
    if (!route || !hasLabel(link))
        return;
    // A label is placed from the route's middle, up and down the gutter,
    // or along a curve (see MapRenderer::labelRect): placed now only where
    // a view shows it, as many such areas would cover the view.
    const QPointF at = route->labelPos;
    const QRectF near = reach(route->line.isCurve() ? route->line.bounds() : QRectF(at, at));
    if (near.intersects(m_scene->shownArea()))
        repaint(areaOf(link, index));
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
    const MapRenderer &renderer = m_scene->renderer();
    if (!renderer.textLegible(*painter))
        return; // zoomed out beyond reading: placing labels no one can read costs most of a frame
    const QList<QRectF> parts = layer::exposedParts(*painter, *option);
    const MapLayout &layout = m_scene->layout();
    const auto &links = m_scene->map().links;
    for (size_t i = 0; i < links.size(); ++i) {
        const Link &link = links[i];
        if (!hasLabel(link))
            continue;
        const MapLayout::LinkRoute *route = layout.route(link.id, qsizetype(i));
        if (!route)
            continue;
        const QRectF near = reach(route->line.bounds());
        if (std::none_of(parts.cbegin(), parts.cend(), [&](const QRectF &p) { return p.intersects(near); }))
            continue;
        const CardItem *from = m_scene->cardItem(link.from);
        const CardItem *to = m_scene->cardItem(link.to);
        // Placed once: painted there, and remembered to be repainted there.
        const QRectF label = renderer.labelRect(link.id);
        renderer.paintLink(*painter, link, from ? &from->touchpoint() : nullptr, to ? &to->touchpoint() : nullptr,
                           link.id == m_selected, MapRenderer::LinkLabel, label);
        if (std::optional<QRectF> *painted = m_painted.at(qsizetype(i), link.id))
            *painted = areaAround(route->labelPos, label);
    }
}

} // namespace stagecraft
