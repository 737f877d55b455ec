#include "support/capturedmessages.h"
#include "support/testsupport.h"

#include "dialogs/exportdialog.h"
#include "interchange/importformat.h"
#include "export/mapexport.h"
#include "mainwindow.h"
#include "mapprinter.h"
#include "mapsession.h"
#include "messagesink.h"
#include "model/journeydocument.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QProgressDialog>
#include <QSpinBox>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

using test::CapturedMessages;

// A window with the small test map open.
struct OpenWindow {
    test::Scratch scratch;
    QString mapPath = scratch.path(QStringLiteral("map.journey"));
    MainWindow window;
    OpenWindow()
    {
        test::createDocument(scratch, test::smallMap());
        REQUIRE(window.openFile(mapPath));
    }
};

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {path});
    REQUIRE(p.waitForFinished(60000));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Pages:\\s*(\\d+)"),
                                                         QRegularExpression::MultilineOption)
                                          .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QAction *fileAction(const MainWindow &window, const QString &text)
{
    for (QAction *a : window.menuBar()->actions().first()->menu()->actions())
        if (a->text() == text)
            return a;
    return nullptr;
}

} // namespace

TEST_CASE("Export writes a PDF of the open map", "[ui][export]")
{
    CapturedMessages messages;
    OpenWindow w;
    const QString out = w.scratch.path(QStringLiteral("map.pdf"));
    ExportChoices choices;
    choices.format = ExportChoices::Format::Pdf;
    choices.pageSize = QPageSize::A4;
    REQUIRE(w.window.exportTo(choices, out));
    CHECK(messages.texts.isEmpty());
    CHECK(test::readBytes(out).startsWith("%PDF-"));
    const QString text = pdfText(out);
    CHECK(text.contains(QStringLiteral("Order form")));
    CHECK(text.contains(QStringLiteral("Small test map")));
}

TEST_CASE("A cancelled export writes nothing", "[ui][export]")
{
    CapturedMessages messages;
    OpenWindow w;
    int calls = 0;
    QObject::connect(&w.window, &MainWindow::exportProgressed, &w.window, [&] {
        ++calls;
        QProgressDialog *progress = w.window.findChild<QProgressDialog *>();
        REQUIRE(progress);
        progress->cancel(); // as the user's click on Cancel does
    });
    const QString fresh = w.scratch.path(QStringLiteral("fresh.pdf"));
    CHECK_FALSE(w.window.exportTo({}, fresh));
    CHECK(calls >= 1);
    CHECK_FALSE(QFileInfo::exists(fresh));

    // An older export at the same place is left as it was.
    const QString older = w.scratch.path(QStringLiteral("older.png"));
    test::writeBytes(older, QByteArrayLiteral("older export"));
    ExportChoices png;
    png.format = ExportChoices::Format::Png;
    png.dpi = 72;
    CHECK_FALSE(w.window.exportTo(png, older));
    CHECK(test::readBytes(older) == QByteArrayLiteral("older export"));
    CHECK(messages.texts.isEmpty());
}

TEST_CASE("A JSON export can be imported back", "[ui][export][import]")
{
    CapturedMessages messages;
    OpenWindow w;
    const QString json = w.scratch.path(QStringLiteral("map.json"));
    ExportChoices choices;
    choices.format = ExportChoices::Format::Json;
    REQUIRE(w.window.exportTo(choices, json));
    const QString back = w.scratch.path(QStringLiteral("back.journey"));
    REQUIRE(w.window.importFile(json, std::nullopt, back));
    CHECK(w.window.session()->document()->filePath() == QFileInfo(back).absoluteFilePath());
    CHECK(w.window.session()->document()->map().touchpoints.size() == test::smallMap().touchpoints.size());
    CHECK(messages.texts.isEmpty());
}

TEST_CASE("A rejected import shows the importer's message and writes no file", "[ui][import]")
{
    CapturedMessages messages;
    test::Scratch scratch;
    const QString in = scratch.path(QStringLiteral("typo.csv"));
    const QByteArray content("Phase,Stage,Lane,Titel\nBuy,Order,Web,Form\n");
    test::writeBytes(in, content);
    const QString expected = importJourney(ImportFormat::Csv, content).error;
    REQUIRE(expected.contains(QStringLiteral("line 1")));

    MainWindow window;
    const QString out = scratch.path(QStringLiteral("typo.journey"));
    CHECK_FALSE(window.importFile(in, std::nullopt, out));
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts.first() == QStringLiteral("typo.csv: ") + expected);
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(window.session() == nullptr);
}

TEST_CASE("Importing a Mermaid journey opens it with its cards", "[ui][import]")
{
    CapturedMessages messages;
    test::Scratch scratch;
    MainWindow window;
    const QString out = scratch.path(QStringLiteral("onboarding.journey"));
    REQUIRE(window.importFile(test::sourcePath(QStringLiteral("tests/data/import/onboarding.mmd")), std::nullopt, out));
    CHECK(messages.texts.isEmpty());
    REQUIRE(window.session());
    const JourneyMap &map = window.session()->document()->map();
    CHECK(map.info.title == QStringLiteral("First week with the app"));
    QStringList titles;
    for (const Touchpoint &t : map.touchpoints)
        titles << t.title;
    CHECK(titles.contains(QStringLiteral("Download the app")));
    CHECK(titles.contains(QStringLiteral("See first insights")));
    CHECK(QFileInfo::exists(out));
}

TEST_CASE("The export dialog remembers its last choices and offers only what applies", "[ui][export]")
{
    {
        ExportDialog dialog({QStringLiteral("Sales"), QStringLiteral("Operations")});
        dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(int(ExportChoices::Format::Png)));
        CHECK(dialog.dpiSpin()->isEnabled());
        CHECK_FALSE(dialog.pageSizeCombo()->isEnabled());
        CHECK(dialog.departmentCombo()->isEnabled());
        dialog.departmentCombo()->setCurrentIndex(dialog.departmentCombo()->findData(QStringLiteral("Operations")));
        dialog.dpiSpin()->setValue(300);
        dialog.formatCombo()->setCurrentIndex(dialog.formatCombo()->findData(int(ExportChoices::Format::Csv)));
        CHECK_FALSE(dialog.dpiSpin()->isEnabled());
        CHECK_FALSE(dialog.departmentCombo()->isEnabled());
        CHECK_FALSE(dialog.layoutCombo()->isEnabled());
        dialog.accept();
    }
    ExportDialog again({QStringLiteral("Sales"), QStringLiteral("Operations")});
    CHECK(again.choices().format == ExportChoices::Format::Csv);
    CHECK(again.choices().department == QStringLiteral("Operations"));
    CHECK(again.choices().dpi == 300);

    // A map without that department starts from all departments.
    ExportDialog other({QStringLiteral("Billing")});
    CHECK(other.choices().department.isEmpty());

    again.formatCombo()->setCurrentIndex(again.formatCombo()->findData(int(ExportChoices::Format::Pdf)));
    CHECK(again.pageSizeCombo()->isEnabled());
    CHECK(again.layoutCombo()->isEnabled());
    CHECK_FALSE(again.dpiSpin()->isEnabled());
}

TEST_CASE("Export and print need an open map, import does not", "[ui][export]")
{
    CapturedMessages messages;
    MainWindow empty;
    REQUIRE(fileAction(empty, MainWindow::tr("&Export…")));
    CHECK_FALSE(fileAction(empty, MainWindow::tr("&Export…"))->isEnabled());
    CHECK_FALSE(fileAction(empty, MainWindow::tr("&Print…"))->isEnabled());
    CHECK(fileAction(empty, MainWindow::tr("&Import…"))->isEnabled());
    OpenWindow w;
    CHECK(fileAction(w.window, MainWindow::tr("&Export…"))->isEnabled());
    CHECK(fileAction(w.window, MainWindow::tr("Print Pre&view…"))->isEnabled());
}

TEST_CASE("An export that cannot be written says why", "[ui][export]")
{
    CapturedMessages messages;
    OpenWindow w;
    const QString out = w.scratch.path(QStringLiteral("no-such-folder/map.csv"));
    ExportChoices csv;
    csv.format = ExportChoices::Format::Csv;
    CHECK_FALSE(w.window.exportTo(csv, out));
    REQUIRE(messages.texts.size() == 1);
    CHECK(messages.texts.first().contains(out));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("Printing paints the same pages as the PDF export", "[ui][print]")
{
    test::Scratch scratch;
    const JourneyMap map = test::smallMap();
    ExportChoices choices;
    choices.pageSize = QPageSize::A4;
    choices.tile = true;
    const PaperOptions options = choices.paperOptions(nullptr, QStringLiteral("map.journey"));

    const QString printed = scratch.path(QStringLiteral("printed.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(printed);
    MapPrinter::setUp(printer, options);
    CHECK(printer.pageLayout().orientation() == QPageLayout::Landscape);
    REQUIRE(MapPrinter::print(printer, map, options));

    const QString exported = scratch.path(QStringLiteral("exported.pdf"));
    REQUIRE(mapexport::pdf(map, options, exported).ok);
    CHECK(pdfPages(printed) == pdfPages(exported));
    CHECK(pdfPages(printed) > 1); // an overview and the tiles
    CHECK(pdfText(printed).contains(QStringLiteral("Order form")));
}

TEST_CASE("Print Preview shows the pages the export would write, with the last export choices", "[ui][print]")
{
    OpenWindow w;
    ExportChoices choices;
    choices.pageSize = QPageSize::A4;
    choices.tile = true; // a poster: an overview and its tiles
    choices.save();
    const QString exported = w.scratch.path(QStringLiteral("exported.pdf"));
    REQUIRE(w.window.exportTo(choices, exported));
    const int expectedPages = pdfPages(exported);
    REQUIRE(expectedPages > 1);

    int previewPages = -1;
    bool landscape = false;
    QTimer::singleShot(0, [&] { // inside the dialog's own event loop
        auto *dialog = qobject_cast<QPrintPreviewDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        if (const auto *preview = dialog->findChild<QPrintPreviewWidget *>()) {
            previewPages = preview->pageCount();
            landscape = preview->orientation() == QPageLayout::Landscape;
        }
        dialog->reject();
    });
    QAction *action = fileAction(w.window, MainWindow::tr("Print Pre&view…"));
    REQUIRE(action);
    action->trigger();
    CHECK(previewPages == expectedPages);
    CHECK(landscape);
}
