#include "linkrouter.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace stagecraft {

namespace {

enum Side : quint8 { Left, Right, Top, Bottom };

QPointF outward(quint8 side)
{
    switch (side) {
    case Left: return {-1, 0};
    case Right: return {1, 0};
    case Top: return {0, -1};
    case Bottom: return {0, 1};
    }
    return {};
}

QPointF along(const QRectF &r, quint8 side, qreal fraction)
{
    switch (side) {
    case Left: return {r.left(), r.top() + fraction * r.height()};
    case Right: return {r.right(), r.top() + fraction * r.height()};
    case Top: return {r.left() + fraction * r.width(), r.top()};
    case Bottom: return {r.left() + fraction * r.width(), r.bottom()};
    }
    return {};
}

bool isHorizontal(quint8 side) { return side == Left || side == Right; }

// The band of ascending `edges` that holds `v` (the card's column or row).
int bandOf(const std::vector<qreal> &edges, qreal v)
{
    return int(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin()) - 1;
}

} // namespace

bool LinkRouter::knowsLinksOf(const JourneyMap &map) const
{
    if (map.links.size() != m_linkIds.size())
        return false;
    for (size_t i = 0; i < m_linkIds.size(); ++i)
        if (map.links[i].id != m_linkIds[i])
            return false;
    return true;
}

void LinkRouter::assignSides(const JourneyMap &map, int i, const QHash<TouchpointId, QRectF> &cards, const Grid &grid)
{
    const Link &link = map.links[size_t(i)];
    m_ends[size_t(i)].routed = false;
    const auto a = cards.constFind(link.from), b = cards.constFind(link.to);
    if (a != cards.cend() && b != cards.cend() && link.from != link.to)
        setSides(i, *a, *b, grid);
}

void LinkRouter::setSides(int i, const QRectF &from, const QRectF &to, const Grid &grid)
{
    Ends &e = m_ends[size_t(i)];
    // Every card lies inside its cell, so its middle names the cell: no look-ups by id.
    e.s0 = bandOf(grid.columnEdges, from.center().x()), e.l0 = bandOf(grid.rowEdges, from.center().y());
    e.s1 = bandOf(grid.columnEdges, to.center().x()), e.l1 = bandOf(grid.rowEdges, to.center().y());
    if (to.left() >= from.right())
        e.fromSide = Right, e.toSide = Left;
    else if (to.right() <= from.left())
        e.fromSide = Left, e.toSide = Right;
    else if (to.top() >= from.bottom())
        e.fromSide = Bottom, e.toSide = Top;
    else
        e.fromSide = Top, e.toSide = Bottom;
    e.routed = true;
}

void LinkRouter::placeAt(const JourneyMap &map, TouchpointId card, const QHash<TouchpointId, QRectF> &cards)
{
    const auto it = m_linksAt.constFind(card);
    if (it != m_linksAt.cend())
        placeLinks(map, card, *it, cards);
}

void LinkRouter::placeLinks(const JourneyMap &map, TouchpointId card, const QVarLengthArray<int, 6> &links,
                            const QHash<TouchpointId, QRectF> &cards)
{
    // The links on each edge of this card, ordered by where their far end
    // lies along that edge (then by link order), spread over its middle.
    struct Slot { quint8 side; qreal other; int link; bool source; };
    QVarLengthArray<Slot, 16> slots;
    for (int i : links) {
        const Ends &e = m_ends[size_t(i)];
        if (!e.routed)
            continue;
        const Link &link = map.links[size_t(i)];
        const bool source = link.from == card;
        const quint8 side = source ? e.fromSide : e.toSide;
        const QPointF far = cards.value(source ? link.to : link.from).center();
        slots.append({side, isHorizontal(e.fromSide) ? far.y() : far.x(), i, source});
    }
    std::sort(slots.begin(), slots.end(), [](const Slot &x, const Slot &y) {
        return std::tie(x.side, x.other, x.link) < std::tie(y.side, y.other, y.link);
    });
    for (qsizetype g = 0; g < slots.size();) {
        qsizetype end = g;
        while (end < slots.size() && slots[end].side == slots[g].side)
            ++end;
        const qreal count = qreal(end - g);
        for (qsizetype k = g; k < end; ++k) {
            const qreal fraction = 0.2 + 0.6 * qreal(k - g + 1) / (count + 1);
            Ends &e = m_ends[size_t(slots[k].link)];
            (slots[k].source ? e.fromAt : e.toAt) = fraction;
        }
        g = end;
    }
}

void LinkRouter::countFilled(const Grid &grid)
{
    m_stageCount = int(grid.columnEdges.size()) - 1;
    const int laneCount = int(grid.rowEdges.size()) - 1;
    m_filled.assign(size_t(std::max(0, laneCount)) * (m_stageCount + 1), 0);
    for (int l = 0; l < laneCount; ++l)
        for (int s = 0; s < m_stageCount; ++s)
            m_filled[size_t(l) * (m_stageCount + 1) + s + 1] =
                m_filled[size_t(l) * (m_stageCount + 1) + s] + !grid.cells[size_t(l) * m_stageCount + s].isEmpty();
}

bool LinkRouter::sameOccupancy(const Grid &grid) const
{
    const int stageCount = int(grid.columnEdges.size()) - 1;
    if (stageCount != m_stageCount || m_filled.size() != (grid.rowEdges.size() - 1) * size_t(stageCount + 1))
        return false;
    for (size_t i = 0; i < grid.cells.size(); ++i) {
        const size_t at = i / stageCount * (stageCount + 1) + i % stageCount;
        if ((m_filled[at + 1] != m_filled[at]) == grid.cells[i].isEmpty())
            return false;
    }
    return true;
}

bool LinkRouter::blocked(int sa, int sb, int la, int lb) const
{
    const int s0 = std::min(sa, sb), s1 = std::max(sa, sb);
    for (int l = std::min(la, lb); l <= std::max(la, lb); ++l)
        if (m_filled[size_t(l) * (m_stageCount + 1) + s1 + 1] != m_filled[size_t(l) * (m_stageCount + 1) + s0])
            return true;
    return false;
}

LinkRoute LinkRouter::routeOf(int i, const QRectF &from, const QRectF &to, const Grid &grid) const
{
    const Ends &e = m_ends[size_t(i)];
    const QPointF p0 = along(from, e.fromSide, e.fromAt);
    const QPointF tip = along(to, e.toSide, e.toAt);
    const qreal arrow = m_metrics.scaled(7);
    const qreal halfArrow = m_metrics.scaled(3.2);
    const QPointF d0 = outward(e.fromSide), d3 = outward(e.toSide);
    const QPointF stop = tip + d3 * arrow;
    const QPointF delta = stop - p0;
    const qreal span = isHorizontal(e.fromSide) ? std::abs(delta.x()) : std::abs(delta.y());
    const qreal reach = std::clamp(span * 0.5, m_metrics.scaled(14), m_metrics.scaled(140));
    const QPointF c1 = p0 + d0 * reach, c2 = stop + d3 * reach;
    LinkRoute r;
    const bool horizontal = isHorizontal(e.fromSide);
    const qreal gutter = m_metrics.scaled(m_metrics.cellPaddingX) * 0.55;
    const qreal band = m_metrics.scaled(m_metrics.cellPaddingY) * 0.5;
    const qreal corner = m_metrics.scaled(6);
    if (horizontal && std::abs(e.s1 - e.s0) >= 2
        && blocked(e.s0 + (e.s1 > e.s0 ? 1 : -1), e.s1 - (e.s1 > e.s0 ? 1 : -1), e.l0, e.l1)) {
        // Out into the gutter, along the lane's free edge band, and in
        // through the gutter beside the target.
        const qreal y = e.l1 < e.l0 ? grid.rowEdges[e.l0] + band : grid.rowEdges[e.l0 + 1] - band;
        const qreal x0 = p0.x() + d0.x() * gutter, x1 = stop.x() + d3.x() * gutter;
        r.line = RouteLine::rounded(std::array<QPointF, 6>{p0, {x0, p0.y()}, {x0, y}, {x1, y}, {x1, stop.y()}, stop}, corner);
        r.labelPos = QPointF((x0 + x1) / 2, y);
    } else if (!horizontal && std::abs(e.l1 - e.l0) >= 2
               && blocked(e.s0, e.s0, e.l0 + (e.l1 > e.l0 ? 1 : -1), e.l1 - (e.l1 > e.l0 ? 1 : -1))) {
        // Up or down the gutter at the column's left, clear of the cards between.
        const qreal x = grid.columnEdges[e.s0] + gutter;
        const qreal y0 = p0.y() + d0.y() * band, y1 = stop.y() + d3.y() * band;
        r.line = RouteLine::rounded(std::array<QPointF, 6>{p0, {p0.x(), y0}, {x, y0}, {x, y1}, {stop.x(), y1}, stop}, corner);
        r.labelPos = QPointF(x, (y0 + y1) / 2);
    } else {
        r.line = RouteLine::curve(p0, c1, c2, stop);
        r.labelPos = (p0 + 3 * c1 + 3 * c2 + stop) / 8; // the curve at t = 0.5
    }
    const QPointF side(-d3.y() * halfArrow, d3.x() * halfArrow);
    r.arrowHead = {tip, stop + side, stop - side};
    return r;
}

void LinkRouter::routeAll(const JourneyMap &map, const QHash<TouchpointId, QRectF> &cards, const Grid &grid)
{
    countFilled(grid);
    const size_t n = map.links.size();
    m_ends.assign(n, {});
    m_linkIds.resize(n);
    m_indexOf.clear();
    m_indexOf.reserve(qsizetype(n));
    m_linksAt.clear();
    m_linksAt.reserve(cards.size());
    // Each end's rect is looked up once, not again for placing and drawing.
    std::vector<std::pair<const QRectF *, const QRectF *>> rects(n, {nullptr, nullptr});
    for (size_t i = 0; i < n; ++i) {
        const Link &link = map.links[i];
        m_linkIds[i] = link.id;
        m_indexOf.insert(link.id, int(i));
        const auto a = cards.constFind(link.from), b = cards.constFind(link.to);
        if (a == cards.cend() || b == cards.cend() || link.from == link.to)
            continue;
        rects[i] = {&*a, &*b};
        setSides(int(i), *a, *b, grid);
        m_linksAt[link.from].append(int(i));
        m_linksAt[link.to].append(int(i));
    }
    for (auto it = m_linksAt.cbegin(); it != m_linksAt.cend(); ++it)
        placeLinks(map, it.key(), it.value(), cards);
    m_routes.assign(n, {});
    m_routeCount = 0;
    for (size_t i = 0; i < n; ++i)
        if (m_ends[i].routed) {
            m_routes[i] = routeOf(int(i), *rects[i].first, *rects[i].second, grid);
            ++m_routeCount;
        }
}

const LinkRoute *LinkRouter::route(LinkId id) const
{
    const int i = m_indexOf.value(id, -1);
    return i >= 0 && !m_routes[size_t(i)].line.isEmpty() ? &m_routes[size_t(i)] : nullptr;
}

const QVarLengthArray<int, 6> &LinkRouter::linksAt(TouchpointId card) const
{
    static const QVarLengthArray<int, 6> none;
    const auto it = m_linksAt.constFind(card);
    return it == m_linksAt.cend() ? none : *it;
}

const LinkRoute *LinkRouter::route(LinkId id, qsizetype index) const
{
    if (index < 0 || size_t(index) >= m_linkIds.size() || m_linkIds[size_t(index)] != id)
        return route(id);
    const LinkRoute &r = m_routes[size_t(index)];
    return r.line.isEmpty() ? nullptr : &r;
}

QList<int> LinkRouter::reroute(const JourneyMap &map, const QHash<TouchpointId, QRectF> &cards, const Grid &grid,
                                  const QSet<TouchpointId> &moved, const QList<TouchpointId> &shifted)
{
    // A moved card's links take new sides, and every card at their far ends
    // orders its links again; a card that only slid keeps its places.
    QSet<TouchpointId> replace = moved;
    for (TouchpointId card : moved) {
        for (int i : linksAt(card)) {
            assignSides(map, i, cards, grid);
            const Link &link = map.links[size_t(i)];
            replace.insert(link.from == card ? link.to : link.from);
        }
    }
    for (TouchpointId card : std::as_const(replace))
        placeAt(map, card, cards);
    // Marks, not a set: when a row grows, most of the map's links are redrawn.
    std::vector<bool> redraw(m_routes.size());
    qsizetype marked = 0;
    auto mark = [&](TouchpointId card) {
        for (int i : linksAt(card))
            if (!redraw[size_t(i)])
                redraw[size_t(i)] = true, ++marked;
    };
    for (TouchpointId card : std::as_const(replace))
        mark(card);
    for (TouchpointId card : shifted)
        mark(card);
    QList<int> changed;
    changed.reserve(marked);
    for (int i = 0; i < int(redraw.size()); ++i) {
        if (!redraw[size_t(i)])
            continue;
        const Link &link = map.links[size_t(i)];
        LinkRoute &old = m_routes[size_t(i)];
        if (!m_ends[size_t(i)].routed) {
            if (!old.line.isEmpty()) {
                old = {};
                --m_routeCount;
                changed.append(i);
            }
            continue;
        }
        const LinkRoute r = routeOf(i, cards.value(link.from), cards.value(link.to), grid);
        if (old.line == r.line && old.arrowHead == r.arrowHead)
            continue;
        m_routeCount += old.line.isEmpty();
        old = r;
        changed.append(i);
    }
    return changed;
}

} // namespace stagecraft
