#pragma once

#include "layoutmetrics.h"
#include "model/journeymap.h"
#include "routeline.h"

#include <QHash>
#include <QSet>
#include <QVarLengthArray>
#include <array>
#include <vector>

namespace stagecraft {

// A link's way between two card edges; `line` ends where the arrowhead starts.
// Plain values, no allocation: a 10,000-card map has 30,000 of them.
struct LinkRoute {
    RouteLine line;
    std::array<QPointF, 3> arrowHead; // the tip first
    QPointF labelPos;
};

// Draws each link from an edge of its source card to the facing edge of its
// target card: a smooth curve when nothing lies between them, otherwise an
// orthogonal path with rounded corners through the gutters between columns
// and the free band at a lane's edge, so a link never runs across a card.
// Links sharing a card edge are spread along it, ordered by where their other
// end lies, so they fan out without crossing.
//
// It remembers each link's sides and places along them, so that after an
// edit only the links at cards whose neighbourhood changed are placed again;
// links at cards that merely slid with their row keep their places (rows
// never overtake each other) and only have their path redrawn.
class LinkRouter {
public:
    // The grid as MapLayout built it: column and row edges, and the cards per cell.
    struct Grid {
        const std::vector<qreal> &columnEdges;
        const std::vector<qreal> &rowEdges;
        const std::vector<QList<TouchpointId>> &cells; // lane * stageCount + stage
    };

    explicit LinkRouter(const LayoutMetrics &metrics = {}) : m_metrics(metrics) {}

    // Routes every link of `map` afresh.
    void routeAll(const JourneyMap &map, const QHash<TouchpointId, QRectF> &cards, const Grid &grid);
    // After an edit that kept the map's links as they were, and every cell
    // empty or not as before: `moved` cards changed place among their
    // neighbours, `shifted` ones only slid with their row (or their row's
    // edges moved). Returns the links whose route changed, by index in
    // map.links, ascending.
    QList<int> reroute(const JourneyMap &map, const QHash<TouchpointId, QRectF> &cards, const Grid &grid,
                          const QSet<TouchpointId> &moved, const QList<TouchpointId> &shifted);
    const LinkRoute *route(LinkId id) const; // null for a link not routed
    // The same, without route(id)'s look-up while the link is still at
    // `index` in map.links, as it is whenever the layout is up to date: a
    // repaint asks for each of 30,000 routes, and the look-ups were a tenth
    // of its time.
    const LinkRoute *route(LinkId id, qsizetype index) const;
    qsizetype routeCount() const { return m_routeCount; }
    // Whether `map` still has the links this router placed, in the same order.
    bool knowsLinksOf(const JourneyMap &map) const;
    // Whether every cell is as empty or as occupied as when last routed.
    bool sameOccupancy(const Grid &grid) const;
    // The links (indexes in map.links) routed to or from a card.
    // Valid until the next routing.
    const QVarLengthArray<int, 6> &linksAt(TouchpointId card) const;

private:
    struct Ends {
        quint8 fromSide = 0, toSide = 0;
        bool routed = false;
        qreal fromAt = 0, toAt = 0; // fractions along the card edges
        int s0 = -1, l0 = -1, s1 = -1, l1 = -1; // cells of the two ends
    };
    void placeAt(const JourneyMap &map, TouchpointId card, const QHash<TouchpointId, QRectF> &cards);
    void placeLinks(const JourneyMap &map, TouchpointId card, const QVarLengthArray<int, 6> &links,
                    const QHash<TouchpointId, QRectF> &cards);
    void assignSides(const JourneyMap &map, int link, const QHash<TouchpointId, QRectF> &cards, const Grid &grid);
    void setSides(int link, const QRectF &from, const QRectF &to, const Grid &grid);
    void countFilled(const Grid &grid);
    bool blocked(int sa, int sb, int la, int lb) const;
    LinkRoute routeOf(int link, const QRectF &from, const QRectF &to, const Grid &grid) const;

    LayoutMetrics m_metrics;
    std::vector<Ends> m_ends;     // by index in map.links
    std::vector<LinkId> m_linkIds; // the ids those indexes had
    // By index in map.links too, rather than a hash of routes by id: 30,000
    // routes of ~180 bytes made the hash's storage grow and copy them over.
    std::vector<LinkRoute> m_routes; // empty line: not routed
    QHash<LinkId, int> m_indexOf;
    qsizetype m_routeCount = 0;
    QHash<TouchpointId, QVarLengthArray<int, 6>> m_linksAt; // link indexes at each card
    // Occupied cells counted along each lane, so that "is any card in these
    // cells" costs one subtraction per lane, however far a link reaches.
    std::vector<int> m_filled;
    int m_stageCount = 0;
};

} // namespace stagecraft
