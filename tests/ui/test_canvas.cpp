#include "uifixture.h"

#include "canvas/carditem.h"
#include "canvas/headeritem.h"
#include "canvas/linklayer.h"
#include "mapselection.h"
#include "commands/edit.h"
#include "model/journeydocument.h"
#include "render/maprenderer.h"

#include <QGraphicsSceneHoverEvent>
#include <QScreen>

#include <QLineEdit>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

QStringList titlesIn(const JourneyMap &map, qint64 stage, qint64 lane)
{
    QStringList out;
    for (TouchpointId id : map.cell(StageId(stage), LaneId(lane)))
        out << map.touchpoint(id)->title;
    return out;
}

void type(QWidget *target, const QString &text) { QTest::keyClicks(target, text); }

} // namespace

TEST_CASE("Keyboard capture adds cards in the cursor's cells without the mouse", "[ui][canvas]")
{
    test::CanvasFixture f;
    const JourneyMap &map = f.doc->map();
    f.canvas.setCursorCell(0, 0); // Compare × Customer, holds "Reads reviews"
    const int undoBefore = f.doc->undoStack()->count();

    QTest::keyClick(&f.canvas, Qt::Key_Return);
    REQUIRE(f.canvas.isEditing());
    type(f.canvas.inlineEditor(), QStringLiteral("Asks a friend"));
    QTest::keyClick(f.canvas.inlineEditor(), Qt::Key_Return);
    CHECK_FALSE(f.canvas.isEditing());
    CHECK(titlesIn(map, 1, 1) == QStringList{QStringLiteral("Reads reviews"), QStringLiteral("Asks a friend")});

    // Tab walks to the next stage in the lane; Enter, type, Enter again.
    QTest::keyClick(&f.canvas, Qt::Key_Tab);
    CHECK(f.canvas.cursorStage() == 1);
    QTest::keyClick(&f.canvas, Qt::Key_Return);
    type(f.canvas.inlineEditor(), QStringLiteral("Fills the basket"));
    QTest::keyClick(f.canvas.inlineEditor(), Qt::Key_Return);
    CHECK(titlesIn(map, 2, 1) == QStringList{QStringLiteral("Fills the basket")});

    // Arrow down to the back-office lane of the same stage; Tab while typing commits and moves on.
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(&f.canvas, Qt::Key_Down);
    CHECK(f.canvas.cursorLane() == 3);
    QTest::keyClick(&f.canvas, Qt::Key_Return);
    type(f.canvas.inlineEditor(), QStringLiteral("Reserve stock"));
    QTest::keyClick(f.canvas.inlineEditor(), Qt::Key_Tab);
    CHECK(titlesIn(map, 2, 4) == QStringList{QStringLiteral("Fulfilment"), QStringLiteral("Reserve stock")});
    CHECK(f.canvas.cursorStage() == 2);

    // Escape drops what was typed.
    QTest::keyClick(&f.canvas, Qt::Key_Return);
    type(f.canvas.inlineEditor(), QStringLiteral("Never mind"));
    QTest::keyClick(f.canvas.inlineEditor(), Qt::Key_Escape);
    CHECK_FALSE(f.canvas.isEditing());
    CHECK(titlesIn(map, 3, 4).isEmpty());

    // One undo step per card, and each new card has its item on the canvas.
    CHECK(f.doc->undoStack()->count() == undoBefore + 3);
    CHECK(f.canvas.mapScene()->cardItemCount() == int(map.touchpoints.size()));
    f.doc->undoStack()->undo();
    CHECK(titlesIn(map, 2, 4) == QStringList{QStringLiteral("Fulfilment")});
}

TEST_CASE("Dragging a card moves it to another cell and undo puts it back", "[ui][canvas]")
{
    test::CanvasFixture f;
    MapScene *scene = f.canvas.mapScene();
    const TouchpointId card(2); // "Price page" in Compare × Channels
    const QPointF from = scene->cardRect(card).center();
    const QPointF to = scene->cellRect(2, 2).center(); // Set up × Staff

    f.drag(from, to);

    const Touchpoint *moved = f.doc->map().touchpoint(card);
    CHECK(moved->stage == StageId(3));
    CHECK(moved->lane == LaneId(3));
    CHECK(f.doc->undoStack()->count() == 1);
    // The item sits where the layout puts it in the new cell.
    CHECK(scene->cardItem(card)->pos() == scene->cardRect(card).topLeft());
    CHECK(scene->cellRect(2, 2).contains(scene->cardItem(card)->sceneBoundingRect().center()));

    f.doc->undoStack()->undo();
    CHECK(f.doc->map().touchpoint(card)->stage == StageId(1));
    CHECK(f.doc->map().touchpoint(card)->lane == LaneId(2));
    CHECK(scene->cellRect(0, 1).contains(scene->cardItem(card)->sceneBoundingRect().center()));
}

TEST_CASE("Dragging from a card's handle to another card creates a link", "[ui][canvas]")
{
    test::CanvasFixture f;
    MapScene *scene = f.canvas.mapScene();
    const TouchpointId from(1), to(4); // "Reads reviews" → "Fulfilment": not linked yet
    const size_t linksBefore = f.doc->map().links.size();
    const QPointF handle = scene->cardItem(from)->mapToScene(scene->cardItem(from)->handleRect().center());

    f.drag(handle, scene->cardRect(to).center(), Qt::ControlModifier); // Ctrl: supports

    REQUIRE(f.doc->map().links.size() == linksBefore + 1);
    const Link &made = f.doc->map().links.back();
    CHECK(made.from == from);
    CHECK(made.to == to);
    CHECK(made.kind == LinkKind::Supports);
    CHECK(!scene->linkRect(made.id).isNull());
    // Neither card moved.
    CHECK(f.doc->map().touchpoint(from)->stage == StageId(1));
}

TEST_CASE("Delete removes the selected card and double-click edits a title in place", "[ui][canvas]")
{
    test::CanvasFixture f;
    MapScene *scene = f.canvas.mapScene();
    const QPoint card = f.viewPoint(scene->cardRect(TouchpointId(3)).center());
    QTest::mouseDClick(f.viewport(), Qt::LeftButton, {}, card);
    REQUIRE(f.canvas.isEditing());
    f.canvas.inlineEditor()->selectAll();
    type(f.canvas.inlineEditor(), QStringLiteral("Checkout"));
    QTest::keyClick(f.canvas.inlineEditor(), Qt::Key_Return);
    CHECK(f.doc->map().touchpoint(TouchpointId(3))->title == QStringLiteral("Checkout"));

    scene->selectTouchpoints({TouchpointId(3)});
    f.canvas.deleteSelection();
    CHECK(f.doc->map().touchpoint(TouchpointId(3)) == nullptr);
    CHECK(scene->cardItem(TouchpointId(3)) == nullptr);
    f.doc->undoStack()->undo();
    CHECK(scene->cardItem(TouchpointId(3)) != nullptr);
}

TEST_CASE("Hovering a card's finding badge shows why in a tooltip", "[ui][canvas]")
{
    test::CanvasFixture f;
    MapScene *scene = f.canvas.mapScene();
    const TouchpointId installCall(5); // on-stage and unowned: an error badge
    const auto &findings = scene->findingsOn(installCall);
    REQUIRE_FALSE(findings.empty());
    CardItem *card = scene->cardItem(installCall);
    const auto badges = scene->renderer().badgeRects(card->touchpoint(), card->rect());
    REQUIRE_FALSE(badges.isEmpty());

    QGraphicsSceneHoverEvent hover(QEvent::GraphicsSceneHoverMove);
    hover.setPos(badges.first().second.center());
    hover.setScenePos(card->mapToScene(hover.pos()));
    scene->sendEvent(card, &hover);
    for (const Finding *finding : findings)
        if (finding->severity == badges.first().first)
            CHECK(card->toolTip().contains(finding->message()));

    // Away from the badges there is no finding tooltip.
    hover.setPos(card->rect().center());
    scene->sendEvent(card, &hover);
    CHECK_FALSE(card->toolTip().contains(findings.front()->message()));
}

TEST_CASE("A card's badges follow its findings through a move and an owner", "[ui][canvas]")
{
    test::CanvasFixture f;
    MapScene *scene = f.canvas.mapScene();
    const TouchpointId installCall(5); // on-stage and unowned: an error badge
    auto severities = [&] {
        CardItem *card = scene->cardItem(installCall);
        QList<Severity> out;
        for (const auto &[severity, rect] : scene->renderer().badgeRects(card->touchpoint(), card->rect()))
            out.append(severity);
        return out;
    };
    REQUIRE(severities().contains(Severity::Error));

    // A move re-sorts the findings and names the new stage; the badges stay.
    REQUIRE(edit::moveTouchpoints(*f.doc, {installCall}, StageId(1), LaneId(3), 0));
    QCoreApplication::processEvents();
    CHECK(severities().contains(Severity::Error));
    const auto findings = f.runner.result().forTouchpoint(installCall);
    CHECK(std::any_of(findings.begin(), findings.end(), [](const Finding *finding) {
        return finding->message().contains(QStringLiteral("in stage Compare"));
    }));

    // Owned, it is no longer an error.
    REQUIRE(edit::assignOwner(*f.doc, {installCall}, OwnerId(1)));
    QCoreApplication::processEvents();
    CHECK_FALSE(severities().contains(Severity::Error));
}

TEST_CASE("An owner dropped on a selected card goes to every selected card, in one undo step", "[ui][canvas]")
{
    test::CanvasFixture f;
    MapScene *scene = f.canvas.mapScene();
    scene->selectTouchpoints({TouchpointId(4), TouchpointId(5)});
    scene->dropOwner(TouchpointId(5), OwnerId(1));
    CHECK(f.doc->map().touchpoint(TouchpointId(4))->owner == OwnerId(1));
    CHECK(f.doc->map().touchpoint(TouchpointId(5))->owner == OwnerId(1));
    CHECK(f.doc->undoStack()->count() == 1);
    // On an unselected card, only that card.
    scene->dropOwner(TouchpointId(2), OwnerId(2));
    CHECK(f.doc->map().touchpoint(TouchpointId(2))->owner == OwnerId(2));
    CHECK(f.doc->map().touchpoint(TouchpointId(4))->owner == OwnerId(1));
}

namespace {

// A point on a link's line that no card covers, and that link.
std::pair<LinkId, QPointF> pointOnALink(MapScene *scene, const JourneyMap &map)
{
    for (const Link &l : map.links) {
        const MapLayout::LinkRoute *route = scene->layout().route(l.id);
        if (!route)
            continue;
        const QPainterPath path = route->line.toPath();
        for (qreal t : {0.5, 0.4, 0.6, 0.3, 0.7}) {
            const QPointF p = path.pointAtPercent(t);
            bool covered = false;
            for (QGraphicsItem *item : scene->items(p))
                covered |= item->type() == CardItem::Type;
            if (!covered && scene->linkLayer()->linkAt(p) == l.id)
                return {l.id, p};
        }
    }
    return {};
}

// A point in a cell that no card, header or link covers.
QPointF emptyPoint(MapScene *scene)
{
    const QRectF map = scene->mapRect();
    for (qreal y = map.top() + 5; y < map.bottom(); y += 7)
        for (qreal x = map.left() + 5; x < map.right(); x += 7) {
            const auto [stage, lane] = scene->cellIndexAt({x, y});
            if (stage < 0 || lane < 0 || !scene->cellRect(stage, lane).contains(QPointF(x, y)))
                continue;
            bool taken = false;
            for (QGraphicsItem *item : scene->items(QPointF(x, y)))
                taken |= item->type() == CardItem::Type || item->type() == HeaderItem::Type;
            if (!taken && !scene->linkLayer()->linkAt({x, y}).isValid()
                && !scene->linkLayer()->linkAt({x + 8, y}).isValid() && !scene->linkLayer()->linkAt({x - 8, y}).isValid())
                return {x, y};
        }
    return {};
}

} // namespace

TEST_CASE("Clicking a link's line selects it; clicking an empty cell clears it; Delete removes it", "[ui][canvas]")
{
    test::CanvasFixture f;
    MapScene *scene = f.canvas.mapScene();
    const auto [link, on] = pointOnALink(scene, f.doc->map());
    REQUIRE(link.isValid());
    const QPointF empty = emptyPoint(scene);
    REQUIRE(!empty.isNull());
    f.canvas.centerOn(on);

    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.viewPoint(on));
    REQUIRE(f.canvas.selection()->kind() == MapSelection::Kind::Link);
    CHECK(f.canvas.selection()->link() == link);
    CHECK(scene->linkLayer()->selectedLink() == link);

    f.canvas.centerOn(empty);
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.viewPoint(empty));
    CHECK(f.canvas.selection()->kind() == MapSelection::Kind::None);
    CHECK(!scene->linkLayer()->selectedLink().isValid());

    f.canvas.centerOn(on);
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.viewPoint(on));
    REQUIRE(f.canvas.selection()->link() == link);
    const size_t before = f.doc->map().links.size();
    f.canvas.deleteSelection();
    CHECK(f.doc->map().links.size() == before - 1);
    CHECK(f.doc->map().link(link) == nullptr);
    CHECK(f.canvas.selection()->kind() == MapSelection::Kind::None);
    CHECK(!scene->linkLayer()->linkAt(on).isValid());
    f.doc->undoStack()->undo();
    CHECK(scene->linkLayer()->linkAt(on) == link);
}

TEST_CASE("A link shown from the findings is selected, and selecting a card deselects it", "[ui][canvas]")
{
    test::CanvasFixture f;
    MapScene *scene = f.canvas.mapScene();
    const LinkId link = f.doc->map().links.front().id;
    f.canvas.showLink(link);
    CHECK(f.canvas.selection()->kind() == MapSelection::Kind::Link);
    CHECK(scene->linkLayer()->selectedLink() == link);

    const TouchpointId card = f.doc->map().touchpoints.front().id;
    f.canvas.centerOn(scene->cardRect(card).center());
    QTest::mouseClick(f.viewport(), Qt::LeftButton, {}, f.viewPoint(scene->cardRect(card).center()));
    CHECK(f.canvas.selection()->kind() == MapSelection::Kind::Touchpoints);
    CHECK(!scene->linkLayer()->selectedLink().isValid());
}

TEST_CASE("The canvas paints each link's line, and the selected one in the selection colour", "[ui][canvas]")
{
    test::CanvasFixture f;
    MapScene *scene = f.canvas.mapScene();
    const auto [link, on] = pointOnALink(scene, f.doc->map());
    REQUIRE(link.isValid());
    f.canvas.centerOn(on);
    auto pixelAt = [&](const QPointF &scenePos) {
        QCoreApplication::processEvents();
        return f.viewport()->grab().toImage().pixelColor(f.viewPoint(scenePos));
    };
    const QColor plain = pixelAt(on);
    scene->linkLayer()->hide();
    const QColor without = pixelAt(on);
    scene->linkLayer()->show();
    CHECK(plain != without);
    scene->selectLink(link);
    CHECK(pixelAt(on) != plain); // drawn in the selection colour and wider
}

namespace {

// Pixels of `a` that differ from `b` by more than `tolerance` in a channel.
// A repaint of part of the view draws a hairline with a coverage one 255th
// off the full paint's (Qt rasterizes it from another origin): invisible,
// and not what this looks for, which is anything left unpainted or stale.
int differingPixels(const QImage &a, const QImage &b, int tolerance)
{
    int differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            differing += std::abs(qRed(p) - qRed(q)) > tolerance || std::abs(qGreen(p) - qGreen(q)) > tolerance
                         || std::abs(qBlue(p) - qBlue(q)) > tolerance;
        }
    return differing;
}

} // namespace

TEST_CASE("After moves that grow and shrink rows, the window shows what a full repaint paints", "[ui][canvas]")
{
    // The canvas repaints only what an edit changed (the changed part of
    // each link, the rows below a row that grew): what is on screen must
    // still be the whole picture. The offscreen platform grabs the window's
    // backing store as painted; grab() paints the viewport afresh.
    test::CanvasFixture f;
    f.canvas.setZoom(0.8);
    f.canvas.centerOn(f.canvas.mapScene()->mapRect().center());
    QCoreApplication::processEvents();
    auto shownAndFull = [&] {
        const QImage shown = f.canvas.screen()->grabWindow(f.canvas.winId()).toImage().convertToFormat(QImage::Format_RGB32);
        const QImage full = f.canvas.grab().toImage().convertToFormat(QImage::Format_RGB32);
        REQUIRE(shown.size() == full.size());
        return std::pair{shown, full};
    };
    {
        const auto [shown, full] = shownAndFull();
        CHECK(differingPixels(shown, full, 0) == 0);
    }
    const JourneyMap &map = f.doc->map();
    for (int i = 0; i < 6; ++i) {
        const Touchpoint &card = map.touchpoints[size_t(i * 3 % map.touchpoints.size())];
        const int stage = (map.stageIndex(card.stage) + 1) % int(map.stages.size());
        REQUIRE(edit::moveTouchpoints(*f.doc, {card.id}, map.stages[size_t(stage)].id, card.lane, 0));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        const auto [shown, full] = shownAndFull();
        CAPTURE(i);
        CHECK(differingPixels(shown, full, 3) == 0);
    }
}
