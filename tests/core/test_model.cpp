#include "model/duration.h"
#include "model/journeymap.h"
#include "model/maptemplates.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>
#include <climits>
#include <random>

using namespace stagecraft;

TEST_CASE("Durations read and write ISO 8601 days, hours and minutes", "[model]")
{
    CHECK(Duration::fromIso(QStringLiteral("P3D"))->minutes == 3 * 1440);
    CHECK(Duration::fromIso(QStringLiteral("PT4H"))->minutes == 240);
    CHECK(Duration::fromIso(QStringLiteral("PT18M"))->minutes == 18);
    CHECK(Duration::fromIso(QStringLiteral("P1DT12H"))->minutes == 1440 + 720);
    CHECK(Duration::fromIso(QStringLiteral("P1DT12H"))->toIso() == QStringLiteral("P1DT12H"));
    CHECK(Duration{0}.toIso() == QStringLiteral("PT0M"));
    CHECK(Duration{90}.toDisplay() == QStringLiteral("1 h 30 min"));
    for (const char *bad : {"", "P", "PT", "3D", "P1W", "P1Y", "P-1D", "P1.5D", "PT1S", "P99999999D", "p3d"})
        CHECK_FALSE(Duration::fromIso(QLatin1String(bad)).has_value());
}

TEST_CASE("The small test map is sound and templates are sound", "[model]")
{
    CHECK(test::smallMap().problems().isEmpty());
    for (const QString &name : MapTemplates::names()) {
        const auto map = MapTemplates::make(name, QStringLiteral("T"));
        REQUIRE(map);
        CHECK(map->problems().isEmpty());
        CHECK_FALSE(map->phases.empty());
        CHECK(map->lanes.size() >= 3);
    }
    CHECK_FALSE(MapTemplates::make(QStringLiteral("nonsense")));
    const auto lifecycle = *MapTemplates::make(QStringLiteral("customer-lifecycle"));
    CHECK(lifecycle.phases.size() == 6);
    CHECK(lifecycle.phases.front().name == QStringLiteral("Aware"));
    CHECK(lifecycle.phases.back().name == QStringLiteral("Renew or leave"));
    CHECK(lifecycle.owners.size() == 5);
    const auto blueprint = *MapTemplates::make(QStringLiteral("service-blueprint"));
    REQUIRE(blueprint.lanes.size() == 5);
    CHECK(blueprint.lanes.front().kind == LaneKind::Customer);
    CHECK(blueprint.lanes.back().kind == LaneKind::Support);
}

TEST_CASE("Invariant checks catch broken maps", "[model]")
{
    JourneyMap m = test::smallMap();
    SECTION("dangling stage")
    {
        m.touchpoints[0].stage = StageId(99);
        CHECK(m.problems().join(' ').contains(QStringLiteral("missing stage")));
    }
    SECTION("duplicate key")
    {
        m.touchpoints[1].key = m.touchpoints[0].key;
        CHECK(m.problems().join(' ').contains(QStringLiteral("duplicate touchpoint key")));
    }
    SECTION("self link and repeated link")
    {
        m.links.push_back({LinkId(9), QStringLiteral("k9"), TouchpointId(1), TouchpointId(1), LinkKind::Flow, {}, {}, {}});
        m.links.push_back({LinkId(10), QStringLiteral("k10"), TouchpointId(1), TouchpointId(2), LinkKind::Flow, {}, {}, {}});
        const QString all = m.problems().join(' ');
        CHECK(all.contains(QStringLiteral("to itself")));
        CHECK(all.contains(QStringLiteral("repeats")));
    }
    SECTION("emotion out of range")
    {
        m.touchpoints[0].emotion = 3;
        CHECK(m.problems().join(' ').contains(QStringLiteral("emotion")));
    }
}

TEST_CASE("Cells keep their order through inserts and moves", "[model]")
{
    JourneyMap m = test::smallMap();
    Touchpoint a = m.touchpoints[1];
    a.id = TouchpointId(10);
    a.key = QStringLiteral("t10");
    m.insertTouchpoint(a, 0);
    CHECK(m.cell(StageId(1), LaneId(2)) == QList<TouchpointId>{TouchpointId(10), TouchpointId(2)});
    m.moveTouchpoint(TouchpointId(10), StageId(1), LaneId(2), 5);
    CHECK(m.cell(StageId(1), LaneId(2)) == QList<TouchpointId>{TouchpointId(2), TouchpointId(10)});
    m.moveTouchpoint(TouchpointId(3), StageId(1), LaneId(2), 1);
    CHECK(m.cell(StageId(1), LaneId(2)) == QList<TouchpointId>{TouchpointId(2), TouchpointId(3), TouchpointId(10)});
    CHECK(m.cell(StageId(2), LaneId(2)).isEmpty());
}

TEST_CASE("Moving a card equals removing and inserting it, and look-ups stay right", "[model]")
{
    // moveTouchpoint rotates only the cards between the two places and
    // re-indexes those: check it against the plain remove and insert.
    JourneyMap m = test::smallMap();
    for (int i = 0; i < 40; ++i) {
        Touchpoint t = m.touchpoints[size_t(i) % m.touchpoints.size()];
        t.id = TouchpointId(100 + i);
        t.key = QStringLiteral("t%1").arg(100 + i);
        t.stage = m.stages[size_t(i) % m.stages.size()].id;
        t.lane = m.lanes[size_t(i * 7) % m.lanes.size()].id;
        m.insertTouchpoint(t, i % 3);
    }
    JourneyMap plain = m;
    std::mt19937 random(20261123);
    for (int step = 0; step < 500; ++step) {
        const Touchpoint &t = m.touchpoints[random() % m.touchpoints.size()];
        const TouchpointId id = t.id;
        const StageId stage = m.stages[random() % m.stages.size()].id;
        const LaneId lane = random() % 4 ? t.lane : m.lanes[random() % m.lanes.size()].id;
        const int index = int(random() % 6);
        m.moveTouchpoint(id, stage, lane, index);
        Touchpoint moved = *plain.touchpoint(id);
        moved.stage = stage;
        moved.lane = lane;
        plain.removeTouchpoint(id);
        plain.insertTouchpoint(moved, index);
        REQUIRE(m.touchpoints == plain.touchpoints);
        for (int i = 0; i < int(m.touchpoints.size()); ++i)
            REQUIRE(m.touchpointIndex(m.touchpoints[size_t(i)].id) == i);
    }
}

TEST_CASE("Arranging a cell equals moving each card to its end in turn", "[model]")
{
    // arrangeCell rearranges the vector in one pass: the same vector as the
    // card-by-card moves, so cells stay in one piece.
    JourneyMap m = test::smallMap();
    for (int i = 0; i < 40; ++i) {
        Touchpoint t = m.touchpoints[size_t(i) % m.touchpoints.size()];
        t.id = TouchpointId(100 + i);
        t.key = QStringLiteral("t%1").arg(100 + i);
        t.stage = m.stages[size_t(i) % m.stages.size()].id;
        t.lane = m.lanes[size_t(i * 7) % m.lanes.size()].id;
        m.insertTouchpoint(t, i % 3);
    }
    JourneyMap stepwise = m;
    std::mt19937 random(20261123);
    for (int step = 0; step < 300; ++step) {
        const StageId stage = m.stages[random() % m.stages.size()].id;
        const LaneId lane = m.lanes[random() % m.lanes.size()].id;
        // Some of the cell's own cards in a new order, cards from elsewhere,
        // now and then one not on the map.
        QList<TouchpointId> order;
        for (TouchpointId id : m.cell(stage, lane))
            if (random() % 2)
                order.insert(qsizetype(random() % quint32(order.size() + 1)), id);
        for (int n = int(random() % 4); n > 0; --n)
            if (const TouchpointId id = m.touchpoints[random() % m.touchpoints.size()].id; !order.contains(id))
                order.append(id);
        if (step % 11 == 0)
            order.append(TouchpointId(9999));
        m.arrangeCell(stage, lane, order);
        for (TouchpointId id : order)
            stepwise.moveTouchpoint(id, stage, lane, INT_MAX);
        REQUIRE(m.touchpoints == stepwise.touchpoints);
        for (int i = 0; i < int(m.touchpoints.size()); ++i)
            REQUIRE(m.touchpointIndex(m.touchpoints[size_t(i)].id) == i);
    }
}

TEST_CASE("Stages stay grouped by phase when phases move", "[model]")
{
    JourneyMap m = test::smallMap();
    m.movePhase(PhaseId(2), 0);
    REQUIRE(m.stages.size() == 3);
    CHECK(m.stages[0].id == StageId(3));
    CHECK(m.stages[1].id == StageId(1));
    CHECK(m.problems().isEmpty());
    m.insertStage({StageId(7), QStringLiteral("s7"), PhaseId(2), QStringLiteral("New")}, 0);
    CHECK(m.stages[0].id == StageId(7));
    CHECK(m.stagesOf(PhaseId(2)) == QList<StageId>{StageId(7), StageId(3)});
    CHECK(m.freshStageKey() != QStringLiteral("s7"));
}
