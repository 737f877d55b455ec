#include "mapexport.h"

#include "mapprint.h"
#include "snappeddevice.h"

#include <QCoreApplication>
#include <QImage>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace stagecraft::mapexport {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("MapExport", text); }

ExportResult failed(const QString &message) { return {false, false, message, 0}; }

ExportResult finish(QSaveFile &file, int pages)
{
    if (!file.commit())
        return failed(tr("cannot write '%1': %2").arg(file.fileName(), file.errorString()));
    return {true, false, {}, pages};
}

// Qt 6.4 writes the page box in whole points (A3 as 1191 x 842). This device
// passes the PDF through to the file and puts the exact ISO size back where
// the digits line up, so no byte offset moves and nothing is held in memory.
class MediaBoxFix : public QIODevice {
public:
    MediaBoxFix(QIODevice *out, QByteArray from, QByteArray to) : m_out(out), m_from(std::move(from)), m_to(std::move(to))
    {
        if (m_from.size() != m_to.size())
            m_to = m_from;
        open(QIODevice::WriteOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        // The PDF engine writes each page dictionary in one piece.
        QByteArray chunk(data, size);
        if (m_from != m_to)
            chunk.replace(m_from, m_to);
        return m_out->write(chunk) == size ? size : -1;
    }

private:
    QIODevice *m_out;
    QByteArray m_from, m_to;
};

std::pair<QByteArray, QByteArray> exactMediaBox(const QPageLayout &layout)
{
    const QSizeF exact = layout.fullRectPoints().size();
    // QPageSize rounds its point sizes too: go back to the definition (mm or inches).
    const QPageSize page = layout.pageSize();
    const qreal perUnit = page.definitionUnits() == QPageSize::Inch ? 72.0
                          : page.definitionUnits() == QPageSize::Point ? 1.0 : 72.0 / 25.4;
    const QSizeF precise = page.definitionUnits() == QPageSize::Millimeter || page.definitionUnits() == QPageSize::Inch
                                   || page.definitionUnits() == QPageSize::Point
                               ? page.definitionSize() * perUnit
                               : page.size(QPageSize::Millimeter) * (72.0 / 25.4);
    const QSizeF wanted = layout.orientation() == QPageLayout::Landscape ? precise.transposed() : precise;
    auto box = [](QSizeF s) -> QByteArray {
        return "/MediaBox [0 0 " + QByteArray::number(s.width(), 'f') + ' ' + QByteArray::number(s.height(), 'f') + ']';
    };
    return {box(exact), box(wanted)};
}

// Called once the first page is painted, before Qt's engine deflates its
// content stream. That page holds the whole map (the fitted page, or the
// poster's overview): its stream is the export's largest, and deflating it
// (the raw stream plus two 10 MB chunks read from it) is the export's peak.
// Painting it allocates and frees many small blocks (the text runs of every
// card, sorted before they are drawn; label texts; paths); glibc keeps the
// freed ones resident between live ones, ~11 MB at 10,000 cards (VmRSS
// sampled during `stagecraft-cli export`), and malloc_trim gives their
// pages back: 86 ms at 10,000 cards, under 1 ms at 1,000. Only once: after
// every page it cost 3 ms a page over the 440 appendix pages at 10,000, as
// the pages it gave back fault in again, and saved nothing more.
void releaseFreedMemory()
{
#ifdef __GLIBC__
    malloc_trim(0);
#endif
}

bool report(const PaperOptions &options, int done, int total)
{
    return !options.progress || options.progress(done, total);
}

// Images show the map sheet alone: the findings are in the PDF's appendix.
PaperOptions sheetOptions(PaperOptions options)
{
    options.tile = false;
    options.appendix = false;
    return options;
}

} // namespace

ExportResult pdf(const JourneyMap &map, const PaperOptions &options, const QString &path)
{
    QPageLayout page(QPageSize(options.pageSize), options.orientation, QMarginsF());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("cannot write '%1': %2").arg(path, file.errorString()));
    const auto [from, to] = exactMediaBox(page);
    MediaBoxFix fixer(&file, from, to);
    QPdfWriter writer(&fixer);
    writer.setPageSize(QPageSize(options.pageSize));
    writer.setPageOrientation(options.orientation);
    const qreal m = options.marginPoints;
    writer.setPageMargins(QMarginsF(m, m, m, m), QPageLayout::Point);
    writer.setTitle(map.info.title);
    writer.setCreator(QStringLiteral("Stagecraft"));
    const QRectF area = writer.pageLayout().paintRect(QPageLayout::Point);
    const MapPrint print(map, options, area.size());
    const int total = print.pageCount();
    if (!report(options, 0, total)) {
        file.cancelWriting();
        return {false, true, {}, 0};
    }
    QPainter pdfPainter;
    if (!pdfPainter.begin(&writer)) {
        file.cancelWriting();
        return failed(tr("cannot write '%1': the PDF could not be started").arg(path));
    }
    // Shapes go to the PDF in whole device units (1/1200 inch): see SnappedDevice.
    SnappedDevice snapped(&pdfPainter);
    QPainter painter(&snapped);
    // One unit is one point: MapPrint lays its pages out in points.
    painter.scale(writer.resolution() / 72.0, writer.resolution() / 72.0);
    for (int i = 0; i < total; ++i) {
        if (i > 0)
            writer.newPage();
        print.paintPage(painter, i, QRectF(QPointF(0, 0), area.size()));
        if (i == 0)
            releaseFreedMemory();
        if (!report(options, i + 1, total)) {
            painter.end();
            pdfPainter.end();
            file.cancelWriting(); // the temporary file goes, `path` is untouched
            return {false, true, {}, 0};
        }
    }
    painter.end();
    pdfPainter.end();
    return finish(file, total);
}

ExportResult svg(const JourneyMap &map, const PaperOptions &options, const QString &path)
{
    const PaperOptions sheet = sheetOptions(options);
    const QSizeF size = MapPrint::sheetSize(map, sheet);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(tr("cannot write '%1': %2").arg(path, file.errorString()));
    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), size));
    generator.setResolution(72);
    generator.setTitle(map.info.title);
    generator.setDescription(tr("A customer-journey map made with Stagecraft"));
    const MapPrint print(map, sheet, size - QSizeF(2, 2) * sheet.marginPoints);
    QPainter painter;
    if (!painter.begin(&generator))
        return failed(tr("cannot write '%1': the SVG could not be started").arg(path));
    painter.fillRect(QRectF(QPointF(0, 0), size), Qt::white);
    print.paintPage(painter, 0, QRectF(QPointF(sheet.marginPoints, sheet.marginPoints),
                                       size - QSizeF(2, 2) * sheet.marginPoints));
    painter.end();
    if (!report(options, 1, 1)) {
        file.cancelWriting(); // cancelled at the last moment: still nothing written
        return {false, true, {}, 0};
    }
    return finish(file, 1);
}

QSize pngPixelSize(const JourneyMap &map, const PaperOptions &options, int dpi)
{
    const QSizeF size = MapPrint::sheetSize(map, sheetOptions(options)) * (dpi / 72.0);
    return QSize(int(std::ceil(size.width())), int(std::ceil(size.height())));
}

ExportResult png(const JourneyMap &map, const PaperOptions &options, int dpi, const QString &path)
{
    if (dpi < 10 || dpi > 1200)
        return failed(tr("a resolution of %1 dpi is out of range (10 to 1200)").arg(dpi));
    const PaperOptions sheet = sheetOptions(options);
    const QSizeF points = MapPrint::sheetSize(map, sheet);
    const QSize pixels = pngPixelSize(map, options, dpi);
    // QImage stops at 2^31 bytes; stay well below rather than fail half-way.
    if (pixels.width() > 32000 || pixels.height() > 32000 || qint64(pixels.width()) * pixels.height() > 400'000'000)
        return failed(tr("the image would be %1 × %2 pixels at %3 dpi; choose a lower --dpi")
                          .arg(pixels.width())
                          .arg(pixels.height())
                          .arg(dpi));
    QImage image(pixels, QImage::Format_RGB32);
    if (image.isNull())
        return failed(tr("not enough memory for a %1 × %2 pixel image").arg(pixels.width()).arg(pixels.height()));
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    {
        const MapPrint print(map, sheet, points - QSizeF(2, 2) * sheet.marginPoints);
        QPainter painter(&image);
        painter.scale(dpi / 72.0, dpi / 72.0);
        print.paintPage(painter, 0, QRectF(QPointF(sheet.marginPoints, sheet.marginPoints),
                                           points - QSizeF(2, 2) * sheet.marginPoints));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG")) {
        file.cancelWriting();
        return failed(tr("cannot write '%1': %2").arg(path, file.errorString()));
    }
    if (!report(options, 1, 1)) {
        file.cancelWriting(); // cancelled at the last moment: still nothing written
        return {false, true, {}, 0};
    }
    return finish(file, 1);
}

} // namespace stagecraft::mapexport
