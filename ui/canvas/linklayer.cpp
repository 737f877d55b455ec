#include "linklayer.h"

#include "carditem.h"
#include "layeritem.h"
#include "layout/maplayout.h"
#include "mapscene.h"
#include "render/linkpainter.h"
#include "render/maprenderer.h"

#include <QGraphicsSceneMouseEvent>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace stagecraft {

namespace {

constexpr qreal ClickReach = 5; // either side of a line, before the type scale: easy to click, thin to look at

// The rect of a route's points from `from` on, and of its arrowhead.
QRectF tailOf(const LinkRoute &route, size_t from)
{
    const auto points = route.line.points();
    if (points.empty())
        return {};
    return boundsOf(points.subspan(std::min(from, points.size() - 1)))
        .united(boundsOf(std::span<const QPointF>(route.arrowHead.data(), route.arrowHead.size())));
}

// From which point on two routes of one link are drawn differently. A
// curve changes all along when an end moves. A polyline that kept its first
// corners changes from the corner before the first that moved (its
// rounding, and the dashes' phase, change from there on): when a row grows,
// a long link down a gutter changes only in its far part, often out of view.
size_t firstChanged(const LinkRoute &before, const LinkRoute &after)
{
    const auto a = before.line.points(), b = after.line.points();
    if (before.line.isCurve() || after.line.isCurve() || a.size() != b.size())
        return 0;
    size_t first = 0;
    while (first < a.size() && a[first] == b[first])
        ++first;
    if (first == a.size())
        return 0; // the same corners drawn otherwise: all of it
    return first > 0 ? first - 1 : 0;
}

} // namespace

LinkLayer::LinkLayer(MapScene *scene) : m_scene(scene)
{
    setFlag(ItemUsesExtendedStyleOption); // for exposedRect
    setAcceptedMouseButtons(Qt::LeftButton);
    setZValue(5);
}

void LinkLayer::setBounds(const QRectF &bounds)
{
    const QRectF grown = layer::grownBounds(m_bounds, bounds);
    if (grown == m_bounds)
        return;
    prepareGeometryChange();
    m_bounds = grown;
}

QRectF LinkLayer::lineArea(const LinkRoute &route) const
{
    return tailOf(route, 0);
}

void LinkLayer::repaint(const QRectF &area)
{
    // Through the scene, not update(): an item keeps one dirty rect, the
    // bounds of all its updates, and far-apart changes would repaint all
    // between them. Wide enough for the selected pen, round joins and
    // rounded corners, and antialiasing.
    if (area.isNull() || !scene())
        return;
    const qreal m = 8 * m_scene->layout().metrics().typeScale;
    if (const QRectF dirty = area.adjusted(-m, -m, m, m); dirty.intersects(m_scene->shownArea()))
        scene()->update(dirty);
}

void LinkLayer::follow(const JourneyMap &map)
{
    m_known.follow(map, [this](const Known &gone) { repaint(lineArea(gone.route)); });
    if (m_selected.isValid() && m_known.indexOf(m_selected) < 0)
        m_selected = {};
}

void LinkLayer::syncLink(const Link &link, qsizetype index, const LinkRoute *route, bool whole)
{
    std::optional<Known> *known = m_known.at(index, link.id);
    if (!known)
        return; // not followed yet: follow() first
    static const LinkRoute unrouted;
    const LinkRoute &now = route ? *route : unrouted;
    if (*known) {
        const Known &was = **known;
        const bool sameLine = was.route.line == now.line && was.route.arrowHead == now.arrowHead;
        if (whole || was.kind != link.kind) { // another pen
            // The old and the new apart: their union may cover much of the view.
            repaint(lineArea(was.route));
            repaint(lineArea(now));
        } else if (!sameLine) {
            const size_t from = firstChanged(was.route, now);
            repaint(tailOf(was.route, from));
            repaint(tailOf(now, from));
        }
        // Copy a route only when it changed: a change of owners syncs
        // every link, and most keep their line.
        if (sameLine && was.kind == link.kind)
            return;
    } else {
        repaint(lineArea(now));
    }
    *known = Known{now, link.kind};
}

void LinkLayer::repaintLine(LinkId id)
{
    if (const std::optional<Known> *known = m_known.at(m_known.indexOf(id), id); known && *known)
        repaint(lineArea((*known)->route));
}

void LinkLayer::setSelectedLink(LinkId id)
{
    if (id == m_selected)
        return;
    repaintLine(m_selected);
    m_selected = id;
    repaintLine(m_selected);
}

LinkId LinkLayer::linkAt(const QPointF &scenePos) const
{
    // A pass over the routes' bounds, then the outline of the few near the
    // point; the last painted lies on top.
    const qreal reach = ClickReach * m_scene->layout().metrics().typeScale;
    const MapLayout &layout = m_scene->layout();
    const auto &links = m_scene->map().links;
    for (auto l = links.crbegin(); l != links.crend(); ++l) {
        const LinkRoute *route = layout.route(l->id);
        if (!route || !lineArea(*route).adjusted(-reach, -reach, reach, reach).contains(scenePos))
            continue;
        QPainterPathStroker stroker;
        stroker.setWidth(2 * reach);
        QPainterPath outline = stroker.createStroke(route->line.toPath());
        outline.addPolygon(QPolygonF(QList<QPointF>(route->arrowHead.cbegin(), route->arrowHead.cend())));
        if (outline.contains(scenePos))
            return l->id;
    }
    return {};
}

void LinkLayer::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    // The layer is under every press that no card takes: off a line, the
    // press goes on to the grid and the scene (which clears the selection).
    const LinkId id = linkAt(event->scenePos());
    if (!id.isValid())
        return event->ignore();
    m_scene->selectLink(id);
}

void LinkLayer::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    // Link by link in map order, as the exporters overlap them, each
    // stroked only where it crosses the parts being repainted.
    const QList<QRectF> parts = layer::exposedParts(*painter, *option);
    const qreal m = 8 * m_scene->layout().metrics().typeScale;
    const MapLayout &layout = m_scene->layout();
    const MapRenderer &renderer = m_scene->renderer();
    const auto &links = m_scene->map().links;
    for (size_t i = 0; i < links.size(); ++i) {
        const Link &link = links[i];
        const LinkRoute *route = layout.route(link.id, qsizetype(i));
        if (!route)
            continue;
        const QRectF area = lineArea(*route).adjusted(-m, -m, m, m);
        QRectF visible;
        for (const QRectF &part : parts)
            if (part.intersects(area))
                visible |= part;
        if (visible.isNull())
            continue;
        const CardItem *from = m_scene->cardItem(link.from);
        const CardItem *to = m_scene->cardItem(link.to);
        const LinkPainter::Look look = renderer.linkLook(from ? &from->touchpoint() : nullptr,
                                                         to ? &to->touchpoint() : nullptr, link.id == m_selected);
        LinkPainter::paintLine(*painter, link, *route, look, visible);
    }
}

} // namespace stagecraft
