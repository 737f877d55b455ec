#include "support/capturedmessages.h"
#include "support/testsupport.h"

#include "analysis/analysisrunner.h"
#include "canvas/carditem.h"
#include "canvas/mapcanvas.h"
#include "canvas/mapscene.h"
#include "docks/findingsdock.h"
#include "docks/ownersdock.h"
#include "docks/propertiesdock.h"
#include "docks/touchpointform.h"
#include "mainwindow.h"
#include "mapsession.h"
#include "messagesink.h"
#include "model/journeydocument.h"

#include <QComboBox>
#include <QMimeData>
#include <QTreeWidget>
#include <QTest>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

using test::CapturedMessages;

bool hasRuleOn(const AnalysisResult &r, const QString &rule, TouchpointId id)
{
    for (const Finding *f : r.forTouchpoint(id))
        if (f->rule == rule)
            return true;
    return false;
}

} // namespace

TEST_CASE("An open error shows its message and the editor keeps running", "[ui][window]")
{
    test::Scratch scratch;
    const QString bad = scratch.path(QStringLiteral("not-a-map.journey"));
    test::writeBytes(bad, QByteArrayLiteral("this is not a SQLite database, just some text"));
    const QString expected = JourneyDocument::open(bad).error.message;
    REQUIRE_FALSE(expected.isEmpty());

    CapturedMessages messages;
    MainWindow window;
    CHECK_FALSE(window.openFile(bad));
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts.first() == expected);
    CHECK(window.session() == nullptr);

    messages.texts.clear();
    CHECK_FALSE(window.openFile(scratch.path(QStringLiteral("missing.journey"))));
    CHECK(messages.texts.size() == 1);

    // A good map still opens afterwards; the title names it.
    test::createDocument(scratch, test::smallMap(), QStringLiteral("good.journey")).reset();
    CHECK(window.openFile(scratch.path(QStringLiteral("good.journey"))));
    CHECK(window.windowTitle().contains(QStringLiteral("Small test map")));
    CHECK_FALSE(window.windowTitle().contains(QStringLiteral("[read-only]")));
}

TEST_CASE("Setting an owner in the properties dock clears the card's unowned finding", "[ui][window]")
{
    test::Scratch scratch;
    test::createDocument(scratch, test::smallMap()).reset();
    MainWindow window;
    REQUIRE(window.openFile(scratch.path(QStringLiteral("map.journey"))));
    window.show();
    AnalysisRunner *runner = window.session()->runner();
    const TouchpointId installCall(5); // on-stage, no owner
    REQUIRE(hasRuleOn(runner->result(), QStringLiteral("unowned-touchpoint"), installCall));
    auto badgeRules = [&] {
        QStringList rules;
        for (const Finding *f : window.canvas()->mapScene()->findingsOn(installCall))
            rules << f->rule;
        return rules;
    };
    REQUIRE(badgeRules().contains(QStringLiteral("unowned-touchpoint")));

    window.canvas()->showTouchpoints({installCall});
    QComboBox *owner = window.propertiesDock()->touchpointForm()->ownerCombo();
    REQUIRE(owner->currentText() == QStringLiteral("No owner"));
    QTest::keyClick(owner, Qt::Key_Down); // the first department: Sales
    REQUIRE(window.session()->document()->map().touchpoint(installCall)->owner == OwnerId(1));

    QTRY_VERIFY(!hasRuleOn(runner->result(), QStringLiteral("unowned-touchpoint"), installCall));
    CHECK_FALSE(badgeRules().contains(QStringLiteral("unowned-touchpoint")));
    for (const Finding &f : window.findingsDock()->shown())
        CHECK_FALSE((f.rule == QStringLiteral("unowned-touchpoint") && f.touchpoints.contains(installCall)));
}

TEST_CASE("A department dragged from the Owners dock onto a card becomes its owner", "[ui][window]")
{
    test::Scratch scratch;
    test::createDocument(scratch, test::smallMap()).reset();
    MainWindow window;
    REQUIRE(window.openFile(scratch.path(QStringLiteral("map.journey"))));
    window.resize(1400, 900);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    JourneyDocument *doc = window.session()->document();
    const TouchpointId installCall(5); // on-stage, no owner
    window.canvas()->showTouchpoints({installCall});

    // What the dock's list puts in a drag (its own mimeData), as QDrag
    // would carry it; the platform's drag loop itself is not driven.
    QTreeWidget *list = window.ownersDock()->list();
    QTreeWidgetItem *sales = list->topLevelItem(0);
    REQUIRE(sales->text(0) == QStringLiteral("Sales"));
    const std::unique_ptr<QMimeData> mime(list->model()->mimeData({list->indexFromItem(sales)}));
    REQUIRE(mime);
    REQUIRE(mime->hasFormat(OwnersDock::mimeType()));

    QWidget *viewport = window.canvas()->viewport();
    auto dragTo = [&](QPoint at) {
        QDragEnterEvent enter(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &move);
        const bool accepted = move.isAccepted();
        QDropEvent drop(QPointF(at), Qt::CopyAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(viewport, &drop);
        return accepted;
    };

    // Over empty canvas nothing takes it.
    const int undoSteps = doc->undoStack()->count();
    CHECK_FALSE(dragTo(QPoint(viewport->width() - 5, viewport->height() - 5)));
    CHECK(doc->undoStack()->count() == undoSteps);

    const CardItem *card = window.canvas()->mapScene()->cardItem(installCall);
    REQUIRE(card);
    const QPoint onCard = window.canvas()->mapFromScene(card->sceneBoundingRect().center());
    REQUIRE(viewport->rect().contains(onCard));
    CHECK(dragTo(onCard));
    CHECK(doc->map().touchpoint(installCall)->owner == OwnerId(1));
    CHECK(doc->undoStack()->count() == undoSteps + 1);
    QTRY_VERIFY(!hasRuleOn(window.session()->runner()->result(), QStringLiteral("unowned-touchpoint"), installCall));

    doc->undoStack()->undo();
    CHECK_FALSE(doc->map().touchpoint(installCall)->owner.has_value());
}

TEST_CASE("Department focus fades other cards and filters the findings dock", "[ui][window]")
{
    test::Scratch scratch;
    test::createDocument(scratch, test::smallMap()).reset();
    MainWindow window;
    REQUIRE(window.openFile(scratch.path(QStringLiteral("map.journey"))));
    const AnalysisResult &result = window.session()->runner()->result();
    const size_t all = window.findingsDock()->shown().size();
    REQUIRE(all == result.findings.size());
    const size_t operations = result.forDepartment(QStringLiteral("Operations")).size();
    REQUIRE(operations < all);

    QComboBox *combo = window.departmentCombo();
    combo->setCurrentIndex(combo->findText(QStringLiteral("Operations")));
    CHECK(window.findingsDock()->shown().size() == operations);
    for (const Finding &f : window.findingsDock()->shown())
        CHECK(f.departments.contains(QStringLiteral("Operations")));
    MapScene *scene = window.canvas()->mapScene();
    CHECK(scene->isFaded(TouchpointId(2)));      // Sales
    CHECK_FALSE(scene->isFaded(TouchpointId(4))); // Operations

    combo->setCurrentIndex(0); // all departments
    CHECK(window.findingsDock()->shown().size() == all);
    CHECK_FALSE(scene->isFaded(TouchpointId(2)));
}

TEST_CASE("A new map from a template opens with its departments in the focus combo", "[ui][window]")
{
    test::Scratch scratch;
    CapturedMessages messages;
    MainWindow window;
    const QString path = scratch.path(QStringLiteral("workshop.journey"));
    REQUIRE(window.createFromTemplate(QStringLiteral("customer-lifecycle"), QStringLiteral("Spring workshop"), path));
    CHECK(messages.texts.isEmpty());
    CHECK(window.windowTitle().contains(QStringLiteral("Spring workshop")));
    CHECK(window.departmentCombo()->findText(QStringLiteral("Marketing")) > 0);
    CHECK(window.canvas()->mapScene()->cardItemCount() == 0);
    // The file exists and holds the template: it reopens.
    window.closeMap();
    CHECK(window.session() == nullptr);
    CHECK(window.openFile(path));
    CHECK(window.session()->document()->map().stages.size() == 12);
}
