#include "layout/maplayout.h"
#include "support/testsupport.h"

#include <limits>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

// A map of `n` cards over 40 stages and 8 lanes, built directly (no file).
JourneyMap bigMap(int n)
{
    JourneyMap m;
    m.phases.push_back({PhaseId(1), QStringLiteral("p1"), QStringLiteral("All")});
    for (int s = 1; s <= 40; ++s)
        m.stages.push_back({StageId(s), QStringLiteral("s%1").arg(s), PhaseId(1), QStringLiteral("Stage %1").arg(s)});
    for (int l = 1; l <= 8; ++l)
        m.lanes.push_back({LaneId(l), QStringLiteral("l%1").arg(l), QStringLiteral("Lane %1").arg(l),
                           LaneKind(l % 7)});
    for (int i = 1; i <= n; ++i) {
        Touchpoint t;
        t.id = TouchpointId(i);
        t.key = QStringLiteral("t%1").arg(i);
        t.stage = StageId(1 + (i * 7) % 40);
        t.lane = LaneId(1 + (i * 3) % 8);
        t.title = QStringLiteral("Card %1").arg(i);
        m.touchpoints.push_back(t);
        // About three links per card, some reaching far across the map.
        for (int d : {1, 7, 97})
            if (i > d)
                m.links.push_back({LinkId(m.links.size() + 1), QStringLiteral("k%1").arg(m.links.size() + 1),
                                   TouchpointId(i - d), TouchpointId(i), LinkKind((i + d) % 3), {}, {}, {}});
    }
    return m;
}

} // namespace

TEST_CASE("every card lies inside its own cell, and cells tile the grid without overlap", "[layout]")
{
    const JourneyMap map = test::smallMap();
    const MapLayout layout(map);
    REQUIRE(layout.stages().size() == 3);
    REQUIRE(layout.lanes().size() == 4);
    for (const Touchpoint &t : map.touchpoints) {
        const QRectF card = layout.cardRect(t.id);
        const QRectF cell = layout.cellRect(map.stageIndex(t.stage), map.laneIndex(t.lane));
        REQUIRE_FALSE(card.isNull());
        CHECK(cell.contains(card));
        const MapLayout::CellRef hit = layout.cellAt(card.center());
        CHECK(hit.stageId == t.stage);
        CHECK(hit.laneId == t.lane);
    }
    QRectF all;
    qreal area = 0;
    for (int s = 0; s < 3; ++s)
        for (int l = 0; l < 4; ++l) {
            const QRectF a = layout.cellRect(s, l);
            area += a.width() * a.height();
            all = all.united(a);
            for (int s2 = 0; s2 < 3; ++s2)
                for (int l2 = 0; l2 < 4; ++l2)
                    if (s != s2 || l != l2) {
                        const QRectF overlap = a.intersected(layout.cellRect(s2, l2));
                        CHECK(overlap.width() * overlap.height() == Approx(0.0));
                    }
        }
    CHECK(all == layout.gridRect());
    CHECK(area == Approx(all.width() * all.height()));
    CHECK(layout.bounds().contains(layout.gridRect()));
}

TEST_CASE("a cell grows with its cards, stacked in cell order", "[layout]")
{
    JourneyMap map = test::smallMap();
    const MapLayout before(map);
    for (int i = 0; i < 4; ++i) {
        Touchpoint t = map.touchpoints[1]; // "Price page", stage 1, front-stage
        t.id = map.nextTouchpointId();
        t.key = map.freshTouchpointKey();
        t.title = QStringLiteral("Extra %1").arg(i);
        map.insertTouchpoint(t, 99);
    }
    const MapLayout after(map);
    CHECK(after.lanes()[1].row.height() > before.lanes()[1].row.height());
    CHECK(after.lanes()[0].row.height() == before.lanes()[0].row.height());
    CHECK(after.stages()[0].column.width() == before.stages()[0].column.width());
    const QList<TouchpointId> cell = after.cellCards(0, 1);
    REQUIRE(cell == map.cell(StageId(1), LaneId(2)));
    REQUIRE(cell.size() == 5);
    for (int i = 1; i < cell.size(); ++i) {
        const QRectF above = after.cardRect(cell[i - 1]), below = after.cardRect(cell[i]);
        CHECK(above.bottom() < below.top());
        CHECK_FALSE(above.intersects(below));
        CHECK(after.cellRect(0, 1).contains(below));
    }
}

TEST_CASE("hit-testing round-trips card rects, drop indexes and cells", "[layout]")
{
    const JourneyMap map = test::smallMap();
    const MapLayout layout(map);
    for (const Touchpoint &t : map.touchpoints) {
        const QRectF r = layout.cardRect(t.id);
        CHECK(layout.touchpointAt(r.center()) == t.id);
        const int index = map.indexInCell(t.id);
        CHECK(layout.indexInCellAt(QPointF(r.center().x(), r.top() + 2)) == index);
        CHECK(layout.indexInCellAt(QPointF(r.center().x(), r.bottom() - 2)) == index + 1);
    }
    const QRectF empty = layout.cellRect(2, 0); // stage "Set up", customer lane: no cards
    CHECK_FALSE(layout.touchpointAt(empty.center()));
    CHECK(layout.indexInCellAt(empty.center()) == 0);
    CHECK(layout.cellAt(empty.center()).stageId == StageId(3));
    // Headers and the outside are not cells.
    CHECK_FALSE(layout.cellAt(layout.lanes()[0].header.center()).isValid());
    CHECK_FALSE(layout.cellAt(layout.stages()[0].header.center()).isValid());
    CHECK_FALSE(layout.cellAt(layout.bounds().bottomRight() + QPointF(5, 5)).isValid());
    CHECK(layout.indexInCellAt(QPointF(-10, -10)) == -1);
}

TEST_CASE("headers, phase band and blueprint lines sit where a blueprint draws them", "[layout]")
{
    const JourneyMap map = test::smallMap();
    const MapLayout layout(map);
    REQUIRE(layout.phases().size() == 2);
    CHECK(layout.phases()[0].rect.left() == layout.stages()[0].header.left());
    CHECK(layout.phases()[0].rect.right() == layout.stages()[1].header.right());
    CHECK(layout.phases()[1].rect.right() == layout.stages()[2].header.right());
    CHECK(layout.phases()[0].rect.bottom() <= layout.stages()[0].header.top());
    for (const auto &lane : layout.lanes()) {
        CHECK(lane.header.right() == layout.gridRect().left());
        CHECK(lane.header.top() == lane.row.top());
    }
    // Customer, front, on, back: interaction under the customer lane,
    // visibility above back-stage; no support lane, so no third line.
    REQUIRE(layout.blueprintLines().size() == 2);
    CHECK(layout.blueprintLines()[0].kind == MapLayout::LineKind::Interaction);
    CHECK(layout.blueprintLines()[0].y == layout.lanes()[0].row.bottom());
    CHECK(layout.blueprintLines()[1].kind == MapLayout::LineKind::Visibility);
    CHECK(layout.blueprintLines()[1].y == layout.lanes()[3].row.top());
    CHECK_FALSE(layout.blueprintLines()[1].label.isEmpty());
}

TEST_CASE("links run from an edge of the source card to an arrowhead on the target", "[layout]")
{
    const JourneyMap map = test::smallMap();
    const MapLayout layout(map);
    for (const Link &l : map.links) {
        const MapLayout::LinkRoute *r = layout.route(l.id);
        REQUIRE(r);
        const QRectF from = layout.cardRect(l.from), to = layout.cardRect(l.to);
        const QPainterPath path = r->line.toPath();
        const QPointF start = path.pointAtPercent(0);
        CHECK(from.adjusted(-0.01, -0.01, 0.01, 0.01).contains(start));
        CHECK_FALSE(from.adjusted(0.5, 0.5, -0.5, -0.5).contains(start)); // on the edge, not inside
        REQUIRE(r->arrowHead.size() == 3);
        CHECK(to.adjusted(-0.01, -0.01, 0.01, 0.01).contains(r->arrowHead[0]));
        CHECK_FALSE(to.contains(path.pointAtPercent(0.5)));
    }
    CHECK(layout.route(LinkId(99)) == nullptr);
}

TEST_CASE("the workshop type scale enlarges cards and headers", "[layout]")
{
    const JourneyMap map = test::smallMap();
    const MapLayout normal(map), workshop(map, LayoutMetrics::workshop());
    CHECK(workshop.cardRect(TouchpointId(1)).width() == Approx(normal.cardRect(TouchpointId(1)).width() * 1.5));
    CHECK(workshop.gridRect().top() > normal.gridRect().top());
    CHECK(workshop.bounds().width() > normal.bounds().width());
}

// Speed is measured in bench/ (layout figures), never asserted here: this
// checks that a map far larger than a workshop makes still lays out right.
TEST_CASE("a map of 10,000 cards and 30,000 links lays out completely", "[layout]")
{
    const JourneyMap map = bigMap(10000);
    const MapLayout layout(map);
    CHECK(layout.cardRects().size() == 10000);
    CHECK(layout.routeCount() == qsizetype(map.links.size()));
    for (const Link &l : map.links)
        REQUIRE(layout.route(l.id));
    CHECK(map.links.size() > 29000);
    // Cards within one cell keep distinct, ordered places.
    const Touchpoint &last = map.touchpoints.back();
    const QList<TouchpointId> cell = layout.cellCards(map.stageIndex(last.stage), map.laneIndex(last.lane));
    REQUIRE(cell.size() > 10);
    CHECK(layout.touchpointAt(layout.cardRect(cell.last()).center()) == cell.last());
}

TEST_CASE("a link never runs across a card between its ends", "[layout]")
{
    JourneyMap map = test::smallMap();
    auto add = [&](qint64 stage, qint64 lane, const char *title) {
        Touchpoint t;
        t.id = map.nextTouchpointId();
        t.key = map.freshTouchpointKey();
        t.stage = StageId(stage);
        t.lane = LaneId(lane);
        t.title = QLatin1String(title);
        map.insertTouchpoint(t, 99);
        return t.id;
    };
    const TouchpointId between = add(2, 1, "Waits"), far = add(3, 1, "Gets set up");
    const TouchpointId onStage = add(1, 3, "Agent notes"); // between lanes 2 and 4 in stage 1
    map.addLink({map.nextLinkId(), map.freshLinkKey(), TouchpointId(1), far, LinkKind::Flow, {}, {}, {}});
    map.addLink({map.nextLinkId(), map.freshLinkKey(), TouchpointId(2), TouchpointId(4), LinkKind::Supports, {}, {}, {}});
    const MapLayout layout(map);
    auto crosses = [&](LinkId id, TouchpointId card) {
        const QRectF r = layout.cardRect(card).adjusted(1, 1, -1, -1);
        const QPainterPath path = layout.route(id)->line.toPath();
        for (int i = 0; i <= 100; ++i)
            if (r.contains(path.pointAtPercent(i / 100.0)))
                return true;
        return false;
    };
    CHECK_FALSE(crosses(map.links[4].id, between));
    // Price page (stage 1, front) to Fulfilment (stage 2, back) passes on-stage in a gutter.
    CHECK_FALSE(crosses(map.links[5].id, onStage));
    for (const Link &l : map.links)
        for (const Touchpoint &t : map.touchpoints)
            if (t.id != l.from && t.id != l.to) {
                INFO(l.key.toStdString() << " over " << t.title.toStdString());
                CHECK_FALSE(crosses(l.id, t.id));
            }
}
