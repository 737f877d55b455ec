// Every kind of edit: redo changes the file, undo returns it to the same
// content it had before (a full dump of every row), redo again repeats it.
#include "commands/edit.h"
#include "storage/mapfile.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>
#include <functional>

using namespace stagecraft;

namespace {

// The map as the file defines it: times aside, and cards by cell (the order
// of different cells in the vector carries no meaning).
JourneyMap withoutTimes(JourneyMap m)
{
    m.info.created = {};
    m.info.modified = {};
    std::stable_sort(m.touchpoints.begin(), m.touchpoints.end(), [](const Touchpoint &a, const Touchpoint &b) {
        return std::pair(a.stage, a.lane) < std::pair(b.stage, b.lane);
    });
    return m;
}

struct EditCase {
    const char *name;
    std::function<bool(JourneyDocument &)> edit;
};

const std::vector<EditCase> &editCases()
{
    static const std::vector<EditCase> cases{
        {"add a card", [](JourneyDocument &d) { return edit::addTouchpoint(d, StageId(2), LaneId(2), 0, QStringLiteral("New")).isValid(); }},
        {"remove cards with their links", [](JourneyDocument &d) { return edit::removeTouchpoints(d, {TouchpointId(3), TouchpointId(1)}); }},
        {"move a card to another cell", [](JourneyDocument &d) { return edit::moveTouchpoints(d, {TouchpointId(2)}, StageId(2), LaneId(2), 0); }},
        {"reorder within a cell", [](JourneyDocument &d) {
             edit::addTouchpoint(d, StageId(1), LaneId(2), 1, QStringLiteral("Second"));
             d.undoStack()->setClean();
             return edit::moveTouchpoints(d, {TouchpointId(2)}, StageId(1), LaneId(2), 1);
         }},
        {"move several cards", [](JourneyDocument &d) { return edit::moveTouchpoints(d, {TouchpointId(4), TouchpointId(2)}, StageId(3), LaneId(3), 0); }},
        {"change a card's properties", [](JourneyDocument &d) {
             Touchpoint t = *d.map().touchpoint(TouchpointId(3));
             t.title = QStringLiteral("Checkout");
             t.processingTime = Duration{90};
             t.emotion = 2;
             t.pain = false;
             t.lastReviewed = QDate(2026, 1, 5);
             t.evidence << QStringLiteral("Fast now");
             return edit::changeTouchpoint(d, t);
         }},
        {"assign an owner", [](JourneyDocument &d) { return edit::assignOwner(d, {TouchpointId(5), TouchpointId(2)}, OwnerId(2)); }},
        {"clear an owner", [](JourneyDocument &d) { return edit::assignOwner(d, {TouchpointId(2)}, std::nullopt); }},
        {"add a link", [](JourneyDocument &d) { return edit::addLink(d, TouchpointId(5), TouchpointId(1), LinkKind::Flow).isValid(); }},
        {"remove a link", [](JourneyDocument &d) { return edit::removeLinks(d, {LinkId(2), LinkId(4)}); }},
        {"change a link", [](JourneyDocument &d) {
             Link l = *d.map().link(LinkId(4));
             l.agreedTime = Duration{60};
             l.note = QStringLiteral("phone instead");
             return edit::changeLink(d, l);
         }},
        {"add an owner", [](JourneyDocument &d) { return edit::addOwner(d, QStringLiteral("IT"), QColor(0x7b5ea7), QStringLiteral("Kim")).isValid(); }},
        {"remove an owner with cards", [](JourneyDocument &d) { return edit::removeOwner(d, OwnerId(1)); }},
        {"recolour and rename an owner", [](JourneyDocument &d) {
             Owner o = *d.map().owner(OwnerId(2));
             o.name = QStringLiteral("Ops");
             o.color = QColor(0x112233);
             o.accountable = QStringLiteral("Dana Reyes");
             return edit::changeOwner(d, o);
         }},
        {"add a phase", [](JourneyDocument &d) { return edit::addPhase(d, QStringLiteral("Leave"), 1, QStringLiteral("Cancel")).isValid(); }},
        {"add a stage", [](JourneyDocument &d) { return edit::addStage(d, PhaseId(1), 1, QStringLiteral("Pay")).isValid(); }},
        {"add a lane", [](JourneyDocument &d) { return edit::addLane(d, QStringLiteral("Systems"), LaneKind::Support, 4).isValid(); }},
        {"remove a phase with cards", [](JourneyDocument &d) { return edit::removePhase(d, PhaseId(1)); }},
        {"remove a stage with cards", [](JourneyDocument &d) { return edit::removeStage(d, StageId(2)); }},
        {"remove a lane with cards", [](JourneyDocument &d) { return edit::removeLane(d, LaneId(2)); }},
        {"rename a phase", [](JourneyDocument &d) { Phase p = *d.map().phase(PhaseId(2)); p.name = QStringLiteral("Live"); return edit::changePhase(d, p); }},
        {"rename a stage", [](JourneyDocument &d) { Stage s = *d.map().stage(StageId(2)); s.name = QStringLiteral("Buy"); return edit::changeStage(d, s); }},
        {"change a lane's kind", [](JourneyDocument &d) { Lane l = *d.map().lane(LaneId(3)); l.kind = LaneKind::BackStage; return edit::changeLane(d, l); }},
        {"move a phase", [](JourneyDocument &d) { return edit::movePhase(d, PhaseId(2), 0); }},
        {"move a stage within its phase", [](JourneyDocument &d) { return edit::moveStage(d, StageId(2), PhaseId(1), 0); }},
        {"move a stage to another phase", [](JourneyDocument &d) { return edit::moveStage(d, StageId(2), PhaseId(2), 1); }},
        {"move a lane", [](JourneyDocument &d) { return edit::moveLane(d, LaneId(4), 0); }},
        {"change the map's settings", [](JourneyDocument &d) {
             MapInfo i = d.map().info;
             i.title = QStringLiteral("Renamed");
             i.settings.staleAfterMonths = 12;
             i.settings.targetTime = Duration{1440 * 10};
             return edit::changeMapInfo(d, i);
         }},
    };
    return cases;
}

} // namespace

TEST_CASE("Every command's undo restores the file and the model exactly", "[commands]")
{
    for (const EditCase &c : editCases()) {
        DYNAMIC_SECTION(c.name)
        {
            test::Scratch s;
            auto doc = test::createDocument(s, test::smallMap());
            JourneyDocument &d = *doc;
            // Some cases set up first and mark where the edit under test starts.
            const auto run = c.edit;
            const QString before0 = d.dump();
            const JourneyMap map0 = withoutTimes(d.map());
            REQUIRE(run(d));
            const int undoTo = d.undoStack()->cleanIndex() > 0 ? d.undoStack()->cleanIndex() : 0;
            const QString before = undoTo ? QString() : before0;
            const QString after = d.dump();
            const JourneyMap mapAfter = withoutTimes(d.map());
            CHECK(after != before0);
            CHECK(d.map().problems().isEmpty());

            // Undo back to where the edit under test started.
            QString expected = before;
            JourneyMap expectedMap = map0;
            if (undoTo) {
                d.undoStack()->undo();
                expected = d.dump();
                expectedMap = withoutTimes(d.map());
                d.undoStack()->redo();
            }
            d.undoStack()->undo();
            CHECK(d.dump() == expected);
            CHECK(withoutTimes(d.map()) == expectedMap);
            // The reopened file agrees with the model.
            auto reopened = JourneyDocument::open(d.filePath(), true);
            REQUIRE(reopened.document);
            CHECK(withoutTimes(reopened.document->map()) == expectedMap);

            d.undoStack()->redo();
            CHECK(d.dump() == after);
            CHECK(withoutTimes(d.map()) == mapAfter);
        }
    }
}

TEST_CASE("Refused edits change nothing and push nothing", "[commands]")
{
    test::Scratch s;
    auto doc = test::createDocument(s, test::smallMap());
    JourneyDocument &d = *doc;
    const QString before = d.dump();
    CHECK_FALSE(edit::addLink(d, TouchpointId(1), TouchpointId(1), LinkKind::Flow).isValid()); // to itself
    CHECK_FALSE(edit::addLink(d, TouchpointId(1), TouchpointId(2), LinkKind::Flow).isValid()); // twice
    CHECK_FALSE(edit::addTouchpoint(d, StageId(99), LaneId(1), 0, QStringLiteral("x")).isValid());
    CHECK_FALSE(edit::removeStage(d, StageId(3)));  // the only stage of its phase
    CHECK_FALSE(edit::moveStage(d, StageId(3), PhaseId(1), 0)); // would empty its phase
    CHECK_FALSE(edit::assignOwner(d, {TouchpointId(1)}, OwnerId(42)));
    Touchpoint t = *d.map().touchpoint(TouchpointId(1));
    t.emotion = 5;
    CHECK_FALSE(edit::changeTouchpoint(d, t));
    CHECK(d.undoStack()->count() == 0);
    CHECK(d.dump() == before);
}

TEST_CASE("A drag across cells is one undo step", "[commands]")
{
    test::Scratch s;
    auto doc = test::createDocument(s, test::smallMap());
    JourneyDocument &d = *doc;
    const QString before = d.dump();
    const int drag = 7;
    REQUIRE(edit::moveTouchpoints(d, {TouchpointId(2)}, StageId(2), LaneId(2), 0, drag));
    REQUIRE(edit::moveTouchpoints(d, {TouchpointId(2)}, StageId(2), LaneId(3), 0, drag));
    REQUIRE(edit::moveTouchpoints(d, {TouchpointId(2)}, StageId(3), LaneId(3), 1, drag));
    CHECK(d.undoStack()->count() == 1);
    CHECK(d.map().cell(StageId(3), LaneId(3)) == QList<TouchpointId>{TouchpointId(5), TouchpointId(2)});
    d.undoStack()->undo();
    CHECK(d.dump() == before);
    // A separate drag is a separate step.
    REQUIRE(edit::moveTouchpoints(d, {TouchpointId(2)}, StageId(2), LaneId(2), 0, 8));
    REQUIRE(edit::moveTouchpoints(d, {TouchpointId(3)}, StageId(1), LaneId(2), 0, 8));
    CHECK(d.undoStack()->count() == 2);
}

TEST_CASE("Typing a title merges into one step", "[commands]")
{
    test::Scratch s;
    auto doc = test::createDocument(s, test::smallMap());
    JourneyDocument &d = *doc;
    Touchpoint t = *d.map().touchpoint(TouchpointId(2));
    for (const char *title : {"P", "Pr", "Pri", "Pricing"}) {
        t.title = QLatin1String(title);
        REQUIRE(edit::changeTouchpoint(d, t, /*typing=*/true));
    }
    CHECK(d.undoStack()->count() == 1);
    d.undoStack()->undo();
    CHECK(d.map().touchpoint(TouchpointId(2))->title == QStringLiteral("Price page"));
}

TEST_CASE("Undo and redo of a long random edit sequence keep file and model equal", "[commands]")
{
    test::Scratch s;
    auto doc = test::createDocument(s, test::smallMap());
    JourneyDocument &d = *doc;
    const QString start = d.dump();
    const auto &cases = editCases();
    int pushed = 0;
    for (int i = 0; i < 40; ++i) {
        if (cases[size_t((i * 7) % cases.size())].edit(d))
            ++pushed;
        REQUIRE(d.map().problems().isEmpty());
    }
    REQUIRE(pushed > 10);
    auto reopened = JourneyDocument::open(d.filePath(), true);
    CHECK(withoutTimes(reopened.document->map()) == withoutTimes(d.map()));
    while (d.undoStack()->canUndo())
        d.undoStack()->undo();
    CHECK(d.dump() == start);
}
