#include "linkrouter.h"

#include <algorithm>
#include <cmath>

namespace stagecraft {

namespace {

enum Side : quint8 { Left, Right, Top, Bottom };

QPointF outward(Side side)
{
    switch (side) {
    case Left: return {-1, 0};
    case Right: return {1, 0};
    case Top: return {0, -1};
    case Bottom: return {0, 1};
    }
    return {};
}

// One end of one link, before it gets its place along the card edge.
struct End {
    qint64 card;
    Side side;
    qreal other; // the far end's coordinate along this edge, for ordering
    int link;
    bool source;
};

struct Ends {
    QRectF from, to;
    Side fromSide, toSide;
    QPointF p0, p3;
    int s0 = -1, l0 = -1, s1 = -1, l1 = -1; // cells of the two ends
};

// A polyline with its corners rounded off.
QPainterPath rounded(const std::vector<QPointF> &points, qreal radius)
{
    QPainterPath path(points.front());
    for (size_t i = 1; i + 1 < points.size(); ++i) {
        const QPointF a = points[i - 1], b = points[i], c = points[i + 1];
        const qreal in = std::hypot(b.x() - a.x(), b.y() - a.y()), out = std::hypot(c.x() - b.x(), c.y() - b.y());
        const qreal r = std::min({radius, in / 2, out / 2});
        if (r <= 0.01) {
            path.lineTo(b);
            continue;
        }
        path.lineTo(b + (a - b) * (r / in));
        path.quadTo(b, b + (c - b) * (r / out));
    }
    path.lineTo(points.back());
    return path;
}

QPointF along(const QRectF &r, Side side, qreal fraction)
{
    switch (side) {
    case Left: return {r.left(), r.top() + fraction * r.height()};
    case Right: return {r.right(), r.top() + fraction * r.height()};
    case Top: return {r.left() + fraction * r.width(), r.top()};
    case Bottom: return {r.left() + fraction * r.width(), r.bottom()};
    }
    return {};
}

} // namespace

QHash<LinkId, MapLayout::LinkRoute> LinkRouter::route(const JourneyMap &map, const QHash<TouchpointId, QRectF> &cards,
                                                      const Grid &grid) const
{
    const int stageCount = int(grid.columnEdges.size()) - 1;
    const int laneCount = int(grid.rowEdges.size()) - 1;
    // Occupied cells counted along each lane, so that "is any card in these
    // cells" costs one subtraction per lane, however far a link reaches.
    std::vector<int> filled(size_t(laneCount) * (stageCount + 1), 0);
    for (int l = 0; l < laneCount; ++l)
        for (int s = 0; s < stageCount; ++s)
            filled[size_t(l) * (stageCount + 1) + s + 1] =
                filled[size_t(l) * (stageCount + 1) + s] + !grid.cells[size_t(l) * stageCount + s].isEmpty();
    auto blocked = [&](int sa, int sb, int la, int lb) {
        const int s0 = std::min(sa, sb), s1 = std::max(sa, sb);
        for (int l = std::min(la, lb); l <= std::max(la, lb); ++l)
            if (filled[size_t(l) * (stageCount + 1) + s1 + 1] != filled[size_t(l) * (stageCount + 1) + s0])
                return true;
        return false;
    };
    std::vector<Ends> ends(map.links.size());
    std::vector<End> slots;
    slots.reserve(map.links.size() * 2);
    for (size_t i = 0; i < map.links.size(); ++i) {
        const Link &link = map.links[i];
        const auto a = cards.constFind(link.from), b = cards.constFind(link.to);
        if (a == cards.cend() || b == cards.cend() || link.from == link.to)
            continue;
        Ends &e = ends[i];
        e.from = *a;
        e.to = *b;
        const Touchpoint *from = map.touchpoint(link.from), *to = map.touchpoint(link.to);
        e.s0 = map.stageIndex(from->stage), e.l0 = map.laneIndex(from->lane);
        e.s1 = map.stageIndex(to->stage), e.l1 = map.laneIndex(to->lane);
        if (e.to.left() >= e.from.right())
            e.fromSide = Right, e.toSide = Left;
        else if (e.to.right() <= e.from.left())
            e.fromSide = Left, e.toSide = Right;
        else if (e.to.top() >= e.from.bottom())
            e.fromSide = Bottom, e.toSide = Top;
        else
            e.fromSide = Top, e.toSide = Bottom;
        const bool horizontal = e.fromSide == Left || e.fromSide == Right;
        const QPointF ca = e.from.center(), cb = e.to.center();
        slots.push_back({link.from.value, e.fromSide, horizontal ? cb.y() : cb.x(), int(i), true});
        slots.push_back({link.to.value, e.toSide, horizontal ? ca.y() : ca.x(), int(i), false});
    }
    std::sort(slots.begin(), slots.end(), [](const End &x, const End &y) {
        return std::tie(x.card, x.side, x.other, x.link) < std::tie(y.card, y.side, y.other, y.link);
    });
    for (size_t g = 0; g < slots.size();) {
        size_t end = g;
        while (end < slots.size() && slots[end].card == slots[g].card && slots[end].side == slots[g].side)
            ++end;
        const qreal count = qreal(end - g);
        for (size_t k = g; k < end; ++k) {
            const qreal fraction = 0.2 + 0.6 * qreal(k - g + 1) / (count + 1);
            Ends &e = ends[slots[k].link];
            if (slots[k].source)
                e.p0 = along(e.from, e.fromSide, fraction);
            else
                e.p3 = along(e.to, e.toSide, fraction);
        }
        g = end;
    }

    const qreal arrow = m_metrics.scaled(7);
    const qreal halfArrow = m_metrics.scaled(3.2);
    QHash<LinkId, MapLayout::LinkRoute> routes;
    routes.reserve(qsizetype(map.links.size()));
    for (size_t i = 0; i < map.links.size(); ++i) {
        const Ends &e = ends[i];
        if (e.from.isNull())
            continue;
        const QPointF d0 = outward(e.fromSide), d3 = outward(e.toSide);
        const QPointF tip = e.p3;
        const QPointF stop = tip + d3 * arrow;
        const QPointF delta = stop - e.p0;
        const qreal span = (e.fromSide == Left || e.fromSide == Right) ? std::abs(delta.x()) : std::abs(delta.y());
        const qreal reach = std::clamp(span * 0.5, m_metrics.scaled(14), m_metrics.scaled(140));
        const QPointF c1 = e.p0 + d0 * reach, c2 = stop + d3 * reach;
        MapLayout::LinkRoute r;
        const bool horizontal = e.fromSide == Left || e.fromSide == Right;
        const qreal gutter = m_metrics.scaled(m_metrics.cellPaddingX) * 0.55;
        const qreal band = m_metrics.scaled(m_metrics.cellPaddingY) * 0.5;
        const qreal corner = m_metrics.scaled(6);
        if (horizontal && std::abs(e.s1 - e.s0) >= 2
            && blocked(e.s0 + (e.s1 > e.s0 ? 1 : -1), e.s1 - (e.s1 > e.s0 ? 1 : -1), e.l0, e.l1)) {
            // Out into the gutter, along the lane's free edge band, and in
            // through the gutter beside the target.
            const qreal y = e.l1 < e.l0 ? grid.rowEdges[e.l0] + band : grid.rowEdges[e.l0 + 1] - band;
            const qreal x0 = e.p0.x() + d0.x() * gutter, x1 = stop.x() + d3.x() * gutter;
            r.path = rounded({e.p0, {x0, e.p0.y()}, {x0, y}, {x1, y}, {x1, stop.y()}, stop}, corner);
            r.labelPos = QPointF((x0 + x1) / 2, y);
        } else if (!horizontal && std::abs(e.l1 - e.l0) >= 2
                   && blocked(e.s0, e.s0, e.l0 + (e.l1 > e.l0 ? 1 : -1), e.l1 - (e.l1 > e.l0 ? 1 : -1))) {
            // Up or down the gutter at the column's left, clear of the cards between.
            const qreal x = grid.columnEdges[e.s0] + gutter;
            const qreal y0 = e.p0.y() + d0.y() * band, y1 = stop.y() + d3.y() * band;
            r.path = rounded({e.p0, {e.p0.x(), y0}, {x, y0}, {x, y1}, {stop.x(), y1}, stop}, corner);
            r.labelPos = QPointF(x, (y0 + y1) / 2);
        } else {
            r.path.moveTo(e.p0);
            r.path.cubicTo(c1, c2, stop);
            r.labelPos = (e.p0 + 3 * c1 + 3 * c2 + stop) / 8; // the curve at t = 0.5
        }
        const QPointF side(-d3.y() * halfArrow, d3.x() * halfArrow);
        r.arrowHead = QPolygonF({tip, stop + side, stop - side});
        routes.insert(map.links[i].id, r);
    }
    return routes;
}

} // namespace stagecraft
