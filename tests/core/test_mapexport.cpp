#include "analysis/analysis.h"
#include "export/mapexport.h"
#include "export/mapprint.h"
#include "support/testsupport.h"

#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

// Runs one of poppler's tools; the tests need poppler-utils installed.
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess p;
    p.start(tool, arguments);
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text as pdftotext gives it, with line breaks inside wrapped titles undone.
QString pdfText(const QString &path, int firstPage = 1)
{
    QString text = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), QStringLiteral("-f"),
                                                         QString::number(firstPage), path, QStringLiteral("-")});
    text.replace(QRegularExpression(QStringLiteral("-\\s+")), QStringLiteral("-"));
    return text.simplified();
}

QString info(const QString &path, const QString &field)
{
    const QString out = poppler(QStringLiteral("pdfinfo"), {path});
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^%1:\\s*(.*)$").arg(field), QRegularExpression::MultilineOption).match(out);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

struct Example {
    std::unique_ptr<JourneyDocument> doc;
    AnalysisResult analysis;
    PaperOptions options;
};

Example example()
{
    Example e;
    auto opened = JourneyDocument::open(QStringLiteral(STAGECRAFT_BINARY_DIR "/examples/broadband.journey"), true);
    REQUIRE(opened.document);
    e.doc = std::move(opened.document);
    e.analysis = analyze(e.doc->map());
    REQUIRE_FALSE(e.analysis.findings.empty());
    e.options.analysis = &e.analysis;
    e.options.fileName = QStringLiteral("broadband.journey");
    return e;
}

} // namespace

TEST_CASE("a fitted A3 PDF has the exact page size, embedded fonts, every title and the findings", "[export][pdf]")
{
    test::Scratch scratch;
    Example e = example();
    const QString path = scratch.path(QStringLiteral("map.pdf"));
    int calls = 0;
    e.options.progress = [&](int done, int total) { CHECK(done <= total); ++calls; return true; };
    const ExportResult result = mapexport::pdf(e.doc->map(), e.options, path);
    REQUIRE(result.ok);
    CHECK(calls == result.pages + 1);
    CHECK(info(path, QStringLiteral("Pages")).toInt() == result.pages);
    CHECK(result.pages >= 2); // the map, then the appendix
    CHECK(info(path, QStringLiteral("Page size")).startsWith(QStringLiteral("1190.55 x 841.89 pts")));
    CHECK(info(path, QStringLiteral("Title")) == e.doc->map().info.title);
    CHECK(info(path, QStringLiteral("Creator")) == QStringLiteral("Stagecraft"));

    const QStringList fonts = poppler(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n')).mid(2);
    int listed = 0;
    for (const QString &line : fonts) {
        if (line.trimmed().isEmpty())
            continue;
        ++listed;
        INFO(line.toStdString());
        CHECK(line.simplified().split(QLatin1Char(' ')).at(line.simplified().split(QLatin1Char(' ')).size() - 5) == QStringLiteral("yes"));
    }
    CHECK(listed > 0);

    const QString text = pdfText(path);
    for (const Touchpoint &t : e.doc->map().touchpoints) {
        INFO(t.title.toStdString());
        CHECK(text.contains(t.title.simplified()));
    }
    // The appendix, after the map page, lists every finding.
    const QString appendix = pdfText(path, 2);
    CHECK(appendix.startsWith(QStringLiteral("Findings")));
    for (const Finding &f : e.analysis.findings) {
        const QString start = f.message().simplified().left(30);
        INFO(start.toStdString());
        CHECK(appendix.contains(start));
    }
}

TEST_CASE("a tiled PDF spreads the map over pages with their coordinates", "[export][pdf]")
{
    test::Scratch scratch;
    Example e = example();
    e.options.tile = true;
    e.options.pageSize = QPageSize::A4;
    e.options.appendix = false;
    const QString path = scratch.path(QStringLiteral("poster.pdf"));
    const ExportResult result = mapexport::pdf(e.doc->map(), e.options, path);
    REQUIRE(result.ok);
    const MapPrint print(e.doc->map(), e.options, QSizeF(841.89 - 60, 595.28 - 60));
    REQUIRE(print.tileColumns() >= 3);
    CHECK(result.pages == 1 + print.tileColumns() * print.tileRows());
    CHECK(info(path, QStringLiteral("Pages")).toInt() == result.pages);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Tile A1")));
    CHECK(text.contains(QStringLiteral("Tile C1")));
    CHECK(text.contains(QStringLiteral("Column 2 of %1").arg(print.tileColumns())));
    CHECK(MapPrint::tileName(27, 1) == QStringLiteral("AB2"));
}

TEST_CASE("a department's copy lists only its findings", "[export][pdf]")
{
    test::Scratch scratch;
    Example e = example();
    e.options.department = QStringLiteral("Billing");
    const QString path = scratch.path(QStringLiteral("billing.pdf"));
    REQUIRE(mapexport::pdf(e.doc->map(), e.options, path).ok);
    CHECK(pdfText(path).contains(QStringLiteral("Department copy: Billing")));
    const QString text = pdfText(path, 2);
    int mine = 0, others = 0;
    for (const Finding &f : e.analysis.findings) {
        const bool billing = f.departments.contains(QStringLiteral("Billing"));
        const bool found = text.contains(f.message().simplified().left(40));
        mine += billing && found;
        others += !billing && found;
    }
    CHECK(mine > 0);
    CHECK(others == 0);
}

TEST_CASE("cancelling an export leaves no file behind", "[export][pdf]")
{
    test::Scratch scratch;
    Example e = example();
    const QString path = scratch.path(QStringLiteral("cancelled.pdf"));
    e.options.progress = [](int done, int) { return done < 1; };
    const ExportResult result = mapexport::pdf(e.doc->map(), e.options, path);
    CHECK(result.cancelled);
    CHECK_FALSE(result.ok);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(scratch.path(QString())).entryList(QDir::Files).isEmpty());
}

TEST_CASE("SVG keeps titles as text, PNG has the size its resolution asks for", "[export][image]")
{
    test::Scratch scratch;
    Example e = example();
    const QString svg = scratch.path(QStringLiteral("map.svg"));
    REQUIRE(mapexport::svg(e.doc->map(), e.options, svg).ok);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::Characters)
            text += xml.text() + QLatin1Char(' ');
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    text.replace(QRegularExpression(QStringLiteral("-\\s+")), QStringLiteral("-"));
    text = text.simplified();
    for (const Touchpoint &t : e.doc->map().touchpoints) {
        INFO(t.title.toStdString());
        CHECK(text.contains(t.title.simplified()));
    }

    const QString png = scratch.path(QStringLiteral("map.png"));
    REQUIRE(mapexport::png(e.doc->map(), e.options, 100, png).ok);
    const QImage image(png);
    const QSize expected = mapexport::pngPixelSize(e.doc->map(), e.options, 100);
    CHECK(image.size() == expected);
    CHECK(expected.width() == qCeil(MapPrint::sheetSize(e.doc->map(), e.options).width() * 100 / 72.0));
    CHECK(mapexport::pngPixelSize(e.doc->map(), e.options, 200).width() >= 2 * expected.width() - 2);
    // Not a blank page: the phase band is dark.
    int dark = 0;
    for (int x = 0; x < image.width(); x += 7)
        for (int y = 0; y < image.height(); y += 7)
            dark += image.pixelColor(x, y).lightness() < 80;
    CHECK(dark > 100);
}

namespace {

// The page content streams of a PDF written by Qt, decompressed.
QList<QByteArray> pageStreams(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QList<QByteArray> out;
    for (qsizetype at = pdf.indexOf("stream\n"); at >= 0; at = pdf.indexOf("stream\n", at + 1)) {
        const qsizetype from = at + 7, to = pdf.indexOf("endstream", from);
        if (to < 0)
            break;
        QByteArray zipped = pdf.mid(from, to - from);
        zipped.prepend(QByteArray::fromHex("7fffffff")); // qUncompress wants the size first: a bound is enough
        const QByteArray data = qUncompress(zipped);
        if (data.contains("BT\n"))
            out.append(data);
    }
    return out;
}

// Every word `pdftotext -bbox` finds on one page, with its box in points.
std::vector<std::pair<QRectF, QString>> pdfWords(const QString &path, int page)
{
    const QString html = poppler(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), QStringLiteral("-f"),
                                                               QString::number(page), QStringLiteral("-l"),
                                                               QString::number(page), path, QStringLiteral("-")});
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    std::vector<std::pair<QRectF, QString>> out;
    for (auto m = word.globalMatch(html); m.hasNext();) {
        const auto w = m.next();
        out.emplace_back(QRectF(QPointF(w.captured(1).toDouble(), w.captured(2).toDouble()),
                                QPointF(w.captured(3).toDouble(), w.captured(4).toDouble())),
                         w.captured(5));
    }
    return out;
}

} // namespace

TEST_CASE("a PDF's shapes are written in whole device units, its link labels are text", "[export][pdf]")
{
    test::Scratch scratch;
    Example e = example();
    e.options.appendix = false;
    const QString path = scratch.path(QStringLiteral("map.pdf"));
    REQUIRE(mapexport::pdf(e.doc->map(), e.options, path).ok);
    const QList<QByteArray> pages = pageStreams(path);
    REQUIRE(pages.size() == 1);
    // Qt's engine writes any other number with nine digits (see SnappedDevice).
    int shapes = 0;
    for (const QByteArray &line : pages.front().split('\n')) {
        const QList<QByteArray> tokens = line.split(' ');
        if (!QList<QByteArray>{"m", "l", "c", "re"}.contains(tokens.last()))
            continue;
        ++shapes;
        for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
            INFO(line.toStdString());
            bool whole = false;
            tokens[i].toLongLong(&whole);
            CHECK(whole);
        }
    }
    CHECK(shapes > 1000);
    // Labels go through SnappedDevice as text.
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("no agreed time")));
    int labels = 0;
    for (const Link &l : e.doc->map().links)
        labels += l.agreedTime ? 1 : 0;
    REQUIRE(labels > 0);
    CHECK(text.count(QStringLiteral("agreed ")) >= labels);
}

TEST_CASE("appendix entries are painted in the room their pages gave them: no two words overlap", "[export][pdf]")
{
    // The appendix wraps each finding twice, to paginate and to paint (it
    // keeps no wrapped lines: see FindingsAppendix). Were the two to differ,
    // an entry would run into the next one.
    test::Scratch scratch;
    Example e = example();
    const QString path = scratch.path(QStringLiteral("map.pdf"));
    const ExportResult result = mapexport::pdf(e.doc->map(), e.options, path);
    REQUIRE(result.ok);
    int words = 0;
    QStringList overlapping;
    for (int page = 2; page <= result.pages; ++page) {
        const auto boxes = pdfWords(path, page);
        words += int(boxes.size());
        for (size_t i = 0; i < boxes.size(); ++i)
            for (size_t j = i + 1; j < boxes.size(); ++j) {
                const QRectF overlap = boxes[i].first.intersected(boxes[j].first);
                if (overlap.width() > 0.3 && overlap.height() > 0.3)
                    overlapping << QStringLiteral("page %1: '%2' and '%3'").arg(page).arg(boxes[i].second, boxes[j].second);
            }
    }
    CHECK(words > 300);
    INFO(overlapping.join(QStringLiteral("; ")).toStdString());
    CHECK(overlapping.isEmpty());
}

TEST_CASE("PDF text is where drawText puts it, in a few text objects rather than one per item", "[export][pdf]")
{
    // SnappedDevice gathers text items into glyph runs (GlyphBatch): Qt's
    // engine writes ~90 bytes of text object per item, and holds the page's
    // stream in memory until the page is done.
    test::Scratch scratch;
    Example e = example();
    e.options.appendix = false;
    const QString snapped = scratch.path(QStringLiteral("snapped.pdf"));
    REQUIRE(mapexport::pdf(e.doc->map(), e.options, snapped).ok);
    // The same page painted straight onto Qt's PDF writer, as drawText places it.
    const QString direct = scratch.path(QStringLiteral("direct.pdf"));
    {
        QPdfWriter writer(direct);
        writer.setPageSize(QPageSize(e.options.pageSize));
        writer.setPageOrientation(e.options.orientation);
        const qreal m = e.options.marginPoints;
        writer.setPageMargins(QMarginsF(m, m, m, m), QPageLayout::Point);
        const QSizeF area = writer.pageLayout().paintRect(QPageLayout::Point).size();
        const MapPrint print(e.doc->map(), e.options, area);
        QPainter painter(&writer);
        painter.scale(writer.resolution() / 72.0, writer.resolution() / 72.0);
        print.paintPage(painter, 0, QRectF(QPointF(0, 0), area));
    }
    const auto want = pdfWords(direct, 1), got = pdfWords(snapped, 1);
    // pdftotext measures from the top of the page box, which mapexport makes
    // the exact ISO size (Qt writes whole points): the same shift for every word.
    const auto height = [](const QString &path) {
        return info(path, QStringLiteral("Page size")).section(QLatin1Char(' '), 2, 2).toDouble();
    };
    const qreal shift = height(snapped) - height(direct);
    REQUIRE(want.size() > 500);
    CHECK(got.size() == want.size());
    QMultiHash<QString, QRectF> placed;
    for (const auto &[box, text] : want)
        placed.insert(text, box);
    QStringList moved;
    for (const auto &[box, text] : got) {
        const auto same = placed.values(text);
        const bool found = std::any_of(same.cbegin(), same.cend(), [&](const QRectF &w) {
            return std::abs(w.left() - box.left()) < 0.01 && std::abs(w.top() + shift - box.top()) < 0.01
                   && std::abs(w.right() - box.right()) < 0.01 && std::abs(w.bottom() + shift - box.bottom()) < 0.01;
        });
        if (!found)
            moved << text;
    }
    INFO(moved.join(QLatin1Char(' ')).toStdString());
    CHECK(moved.isEmpty());
    const auto textObjects = [](const QString &path) {
        const QList<QByteArray> pages = pageStreams(path);
        REQUIRE(pages.size() == 1);
        return pages.front().count("\nBT\n");
    };
    const qsizetype items = textObjects(direct), objects = textObjects(snapped);
    INFO(items << " text items, " << objects << " text objects");
    CHECK(objects * 4 < items);
}
