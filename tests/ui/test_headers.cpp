// The grid's headers as a user works them: dragged to reorder lanes, stages
// and phases, and edited through their context menus.
#include "uifixture.h"

#include "model/journeydocument.h"
#include "model/elements.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTimer>
#include <QUndoStack>
#include <catch2/catch.hpp>

using namespace stagecraft;
using test::CanvasFixture;

namespace {

QStringList laneTitles(const JourneyMap &map)
{
    QStringList titles;
    for (const Lane &l : map.lanes)
        titles << l.name;
    return titles;
}

QStringList stageTitles(const JourneyMap &map)
{
    QStringList titles;
    for (const Stage &s : map.stages)
        titles << s.name;
    return titles;
}

QAction *actionNamed(QMenu *menu, const QString &text)
{
    for (QAction *a : menu->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

// Right-clicks a header and, once its menu is up, triggers the entry at
// `path` (a submenu's title, then its entry) as a click would. Returns the
// entries the menu offered enabled, to check what it showed.
QStringList chooseFromContextMenu(const CanvasFixture &f, const QRectF &header, const QStringList &path)
{
    QStringList offered;
    // Fires inside the menu's own event loop; with no menu (a read-only map)
    // right after the click.
    QTimer::singleShot(0, [&] {
        QMenu *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            if (!a->isSeparator() && a->isEnabled())
                offered << a->text();
        QMenu *level = menu;
        QAction *chosen = nullptr;
        for (const QString &entry : path) {
            chosen = actionNamed(level, entry);
            if (!chosen)
                break;
            if (chosen->menu())
                level = chosen->menu();
        }
        menu->close();
        if (chosen && chosen->isEnabled())
            chosen->trigger();
    });
    const QPoint at = f.viewPoint(header.center());
    QContextMenuEvent event(QContextMenuEvent::Mouse, at, f.viewport()->mapToGlobal(at));
    QApplication::sendEvent(f.viewport(), &event);
    QCoreApplication::processEvents(); // the timer, when no menu ran it
    return offered;
}

} // namespace

TEST_CASE("Dragging a lane header onto another lane's row moves the lane there, and undo puts it back", "[ui][canvas][headers]")
{
    CanvasFixture f;
    const JourneyMap &map = f.doc->map();
    MapScene *scene = f.canvas.mapScene();
    const QRectF customer = scene->headerRect(QStringLiteral("lane"), 1);
    const QRectF staff = scene->headerRect(QStringLiteral("lane"), 3);
    f.drag(customer.center(), QPointF(customer.center().x(), staff.center().y()));
    CHECK(laneTitles(map) == QStringList{QStringLiteral("Channels"), QStringLiteral("Staff"), QStringLiteral("Customer"),
                                         QStringLiteral("Back office")});
    // The cards went with their lane, and the header sits at its new row.
    CHECK(map.touchpoint(TouchpointId(1))->lane == LaneId(1));
    CHECK(scene->headerRect(QStringLiteral("lane"), 1).top() > scene->headerRect(QStringLiteral("lane"), 3).top());
    f.doc->undoStack()->undo();
    CHECK(laneTitles(map).first() == QStringLiteral("Customer"));
}

TEST_CASE("Dragging a stage header reorders the stages; a short nudge is a click, not a move", "[ui][canvas][headers]")
{
    CanvasFixture f;
    const JourneyMap &map = f.doc->map();
    MapScene *scene = f.canvas.mapScene();
    const QRectF compare = scene->headerRect(QStringLiteral("stage"), 1);
    const QRectF order = scene->headerRect(QStringLiteral("stage"), 2);
    const QStringList before = stageTitles(map);
    f.drag(compare.center(), compare.center() + QPointF(1, 0));
    CHECK(stageTitles(map) == before);
    CHECK(f.doc->undoStack()->count() == 0);
    f.drag(compare.center(), QPointF(order.center().x(), compare.center().y()));
    CHECK(stageTitles(map) == QStringList{QStringLiteral("Order"), QStringLiteral("Compare"), QStringLiteral("Set up")});
    CHECK(map.touchpoint(TouchpointId(1))->stage == StageId(1)); // cards keep their stage
}

TEST_CASE("A lane header's context menu adds a lane below and changes the lane's kind", "[ui][canvas][headers]")
{
    CanvasFixture f;
    const JourneyMap &map = f.doc->map();
    MapScene *scene = f.canvas.mapScene();
    QString editing;
    QObject::connect(scene, &MapScene::editHeaderRequested, [&](const QString &kind, qint64) { editing = kind; });

    const QStringList offered = chooseFromContextMenu(f, scene->headerRect(QStringLiteral("lane"), 2),
                                                      {QStringLiteral("Add Lane Below")});
    CHECK(offered.contains(QStringLiteral("Rename Lane")));
    CHECK(offered.contains(QStringLiteral("Delete Lane and Its Cards")));
    REQUIRE(map.lanes.size() == 5);
    CHECK(map.lanes[2].name == QStringLiteral("New lane"));
    CHECK(map.lanes[2].kind == LaneKind::FrontStage); // the kind of the lane it was added from
    CHECK(editing == QStringLiteral("lane"));         // its name is typed next

    chooseFromContextMenu(f, scene->headerRect(QStringLiteral("lane"), 3),
                          {QStringLiteral("Lane Kind"), laneKindTitle(LaneKind::Support)});
    CHECK(map.lane(LaneId(3))->kind == LaneKind::Support);
    f.doc->undoStack()->undo();
    CHECK(map.lane(LaneId(3))->kind == LaneKind::OnStage);
}

TEST_CASE("A stage header's context menu deletes the stage with its cards; undo brings both back", "[ui][canvas][headers]")
{
    CanvasFixture f;
    const JourneyMap &map = f.doc->map();
    MapScene *scene = f.canvas.mapScene();
    chooseFromContextMenu(f, scene->headerRect(QStringLiteral("stage"), 2), {QStringLiteral("Delete Stage and Its Cards")});
    CHECK(stageTitles(map) == QStringList{QStringLiteral("Compare"), QStringLiteral("Set up")});
    CHECK(map.touchpoint(TouchpointId(3)) == nullptr);
    CHECK(map.touchpoint(TouchpointId(4)) == nullptr);
    f.doc->undoStack()->undo();
    CHECK(stageTitles(map) == QStringList{QStringLiteral("Compare"), QStringLiteral("Order"), QStringLiteral("Set up")});
    CHECK(map.touchpoint(TouchpointId(3)) != nullptr);
    CHECK(scene->cardItem(TouchpointId(4)) != nullptr);

    // The last stage of a phase cannot go (the phase would have none): offered disabled.
    const QStringList offered = chooseFromContextMenu(f, scene->headerRect(QStringLiteral("stage"), 3),
                                                      {QStringLiteral("Delete Stage and Its Cards")});
    CHECK(offered.contains(QStringLiteral("Add Stage After")));
    CHECK_FALSE(offered.contains(QStringLiteral("Delete Stage and Its Cards")));
    CHECK(map.stage(StageId(3)) != nullptr);
}

TEST_CASE("A read-only map's headers open no menu and do not move", "[ui][canvas][headers]")
{
    CanvasFixture f(test::Access::ReadOnly);
    REQUIRE(f.doc->isReadOnly());
    MapScene *scene = f.canvas.mapScene();
    const QRectF customer = scene->headerRect(QStringLiteral("lane"), 1);
    const QStringList offered = chooseFromContextMenu(f, customer, {QStringLiteral("Add Lane Below")});
    CHECK(offered.isEmpty());
    CHECK(f.doc->map().lanes.size() == 4);
    f.drag(customer.center(), QPointF(customer.center().x(), scene->headerRect(QStringLiteral("lane"), 3).center().y()));
    CHECK(laneTitles(f.doc->map()).first() == QStringLiteral("Customer"));
}
