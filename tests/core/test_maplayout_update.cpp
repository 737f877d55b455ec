#include "layout/maplayout.h"

#include <algorithm>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

// 600 cards over 12 stages and 6 lanes, two links each, to near and far cards.
JourneyMap linkedMap()
{
    JourneyMap m;
    m.phases.push_back({PhaseId(1), QStringLiteral("p1"), QStringLiteral("All")});
    for (int s = 1; s <= 12; ++s)
        m.stages.push_back({StageId(s), QStringLiteral("s%1").arg(s), PhaseId(1), QStringLiteral("Stage %1").arg(s)});
    for (int l = 1; l <= 6; ++l)
        m.lanes.push_back({LaneId(l), QStringLiteral("l%1").arg(l), QStringLiteral("Lane %1").arg(l), LaneKind(l % 6)});
    for (int i = 1; i <= 600; ++i) {
        Touchpoint t;
        t.id = TouchpointId(i);
        t.key = QStringLiteral("t%1").arg(i);
        t.stage = StageId(1 + (i * 7) % 12);
        t.lane = LaneId(1 + (i * 5) % 6 % (i % 4 == 0 ? 3 : 6)); // upper lanes fuller
        t.title = QStringLiteral("Card %1").arg(i);
        m.touchpoints.push_back(t);
    }
    for (int i = 1; i <= 600; ++i) {
        const auto add = [&](int to, LinkKind kind) {
            const auto id = LinkId(qint64(m.links.size()) + 1);
            m.links.push_back({id, QStringLiteral("k%1").arg(id.value), TouchpointId(i), TouchpointId(to), kind, {}, {}, {}});
        };
        add(1 + i % 600, LinkKind::Flow);
        add(1 + (i * 37) % 600, LinkKind(i % 3));
    }
    return m;
}

ChangeEvent touching(QList<TouchpointId> cards, ChangeEvent::Parts parts = ChangeEvent::Touchpoints)
{
    ChangeEvent e;
    e.parts = parts;
    e.touchpoints = std::move(cards);
    return e;
}

// Every figure a view or exporter reads, compared exactly.
void requireSame(const MapLayout &a, const MapLayout &b, const JourneyMap &map)
{
    REQUIRE(a.bounds() == b.bounds());
    REQUIRE(a.gridRect() == b.gridRect());
    for (int s = 0; s < int(map.stages.size()); ++s)
        for (int l = 0; l < int(map.lanes.size()); ++l) {
            REQUIRE(a.cellRect(s, l) == b.cellRect(s, l));
            REQUIRE(a.cellCards(s, l) == b.cellCards(s, l));
        }
    for (size_t l = 0; l < map.lanes.size(); ++l)
        REQUIRE(a.lanes()[l].header == b.lanes()[l].header);
    for (size_t s = 0; s < map.stages.size(); ++s)
        REQUIRE(a.stages()[s].column == b.stages()[s].column);
    REQUIRE(a.blueprintLines().size() == b.blueprintLines().size());
    REQUIRE(a.cardRects() == b.cardRects());
    REQUIRE(a.routeCount() == b.routeCount());
    for (const Link &l : map.links) {
        const MapLayout::LinkRoute *r = a.route(l.id), *full = b.route(l.id);
        REQUIRE(bool(r) == bool(full));
        if (!full)
            continue;
        REQUIRE(r->line == full->line);
        REQUIRE(r->arrowHead == full->arrowHead);
        REQUIRE(r->labelPos == full->labelPos);
    }
}

// Applies `event` incrementally, checks it against a full layout, and that
// the change names every card and link whose geometry differs from before.
MapLayout::Change updateAndCompare(MapLayout &layout, const JourneyMap &map, const ChangeEvent &event)
{
    const MapLayout before = layout;
    const MapLayout::Change change = layout.update(map, event);
    requireSame(layout, MapLayout(map), map);
    for (auto it = layout.cardRects().cbegin(); it != layout.cardRects().cend(); ++it)
        if (before.cardRect(it.key()) != *it)
            REQUIRE(change.cards.contains(it.key()));
    REQUIRE(std::is_sorted(change.links.cbegin(), change.links.cend()));
    for (size_t i = 0; i < map.links.size(); ++i) {
        const LinkId id = map.links[i].id;
        const MapLayout::LinkRoute *now = layout.route(id), *old = before.route(id);
        if (bool(now) != bool(old) || (now && (old->line != now->line || old->arrowHead != now->arrowHead)))
            REQUIRE(change.links.contains(int(i)));
    }
    return change;
}

void moveCard(JourneyMap &map, TouchpointId id, int stage, int lane)
{
    const int i = map.touchpointIndex(id);
    Touchpoint t = map.touchpoints[size_t(i)];
    map.touchpoints.erase(map.touchpoints.begin() + i);
    t.stage = map.stages[size_t(stage)].id;
    t.lane = map.lanes[size_t(lane)].id;
    map.touchpoints.insert(map.touchpoints.begin(), t); // first in its new cell
}

} // namespace

TEST_CASE("an incremental layout update equals a full layout, edit after edit", "[layout]")
{
    JourneyMap map = linkedMap();
    MapLayout layout(map);

    SECTION("moves within a row, into a fuller row and back, a rename, an added and a removed card")
    {
        moveCard(map, TouchpointId(10), 3, map.laneIndex(map.touchpoint(TouchpointId(10))->lane));
        const MapLayout::Change sameRow = updateAndCompare(layout, map, touching({TouchpointId(10)}));
        CHECK_FALSE(sameRow.all);
        if (!sameRow.rows)
            CHECK(sameRow.cards.size() < 100); // only the two cells, not the map

        int fullest = 0; // the top row's fullest cell: one more card makes the row grow
        for (int s = 0; s < int(map.stages.size()); ++s)
            if (layout.cellCards(s, 0).size() > layout.cellCards(fullest, 0).size())
                fullest = s;
        moveCard(map, TouchpointId(11), fullest, 0); // every row under it slides
        const MapLayout::Change grown = updateAndCompare(layout, map, touching({TouchpointId(11)}));
        CHECK(grown.rows);
        CHECK_FALSE(grown.all);

        moveCard(map, TouchpointId(11), 11, 5);
        updateAndCompare(layout, map, touching({TouchpointId(11)}));

        map.touchpoints[5].title = QStringLiteral("Renamed");
        const MapLayout::Change renamed = updateAndCompare(layout, map, touching({map.touchpoints[5].id}));
        CHECK(renamed.cards.isEmpty());
        CHECK(renamed.links.isEmpty());

        Touchpoint added;
        added.id = TouchpointId(1000);
        added.key = QStringLiteral("t1000");
        added.stage = map.stages[4].id;
        added.lane = map.lanes[2].id;
        map.touchpoints.push_back(added);
        updateAndCompare(layout, map, touching({added.id}));

        const TouchpointId gone(42);
        map.touchpoints.erase(map.touchpoints.begin() + map.touchpointIndex(gone));
        std::erase_if(map.links, [&](const Link &l) { return l.from == gone || l.to == gone; });
        updateAndCompare(layout, map, touching({gone}, ChangeEvent::Touchpoints | ChangeEvent::Links));
    }
    SECTION("a new link is placed among the others at its cards")
    {
        map.links.push_back({LinkId(5000), QStringLiteral("k5000"), TouchpointId(3), TouchpointId(300),
                             LinkKind::Handoff, {}, {}, {}});
        ChangeEvent e;
        e.parts = ChangeEvent::Links;
        e.links = {LinkId(5000)};
        updateAndCompare(layout, map, e);
    }
    SECTION("a new stage lays out everything again")
    {
        map.stages.push_back({StageId(99), QStringLiteral("s99"), PhaseId(1), QStringLiteral("Late")});
        ChangeEvent e;
        e.parts = ChangeEvent::Structure;
        CHECK(updateAndCompare(layout, map, e).all);
    }
}
