#include "exportchoices.h"

#include "export/mapexport.h"
#include "interchange/journeycsv.h"
#include "interchange/journeyjson.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSettings>

namespace stagecraft {

namespace {

ExportResult writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return {false, false,
                QCoreApplication::translate("stagecraft::ExportChoices", "cannot write '%1': %2")
                    .arg(path, file.errorString()),
                0};
    return {true, false, {}, 1};
}

} // namespace

QString ExportChoices::suffix(Format format)
{
    switch (format) {
    case Format::Pdf: return QStringLiteral("pdf");
    case Format::Svg: return QStringLiteral("svg");
    case Format::Png: return QStringLiteral("png");
    case Format::Json: return QStringLiteral("json");
    case Format::Csv: return QStringLiteral("csv");
    }
    return {};
}

ExportChoices ExportChoices::load()
{
    const QSettings s;
    ExportChoices c;
    const int format = s.value(QStringLiteral("export/format"), int(c.format)).toInt();
    if (format >= int(Format::Pdf) && format <= int(Format::Csv))
        c.format = Format(format);
    const int page = s.value(QStringLiteral("export/pageSize"), int(c.pageSize)).toInt();
    if (page >= 0 && page <= int(QPageSize::LastPageSize))
        c.pageSize = QPageSize::PageSizeId(page);
    c.orientation = s.value(QStringLiteral("export/portrait"), false).toBool() ? QPageLayout::Portrait
                                                                               : QPageLayout::Landscape;
    c.tile = s.value(QStringLiteral("export/tile"), false).toBool();
    c.department = s.value(QStringLiteral("export/department")).toString();
    c.dpi = qBound(10, s.value(QStringLiteral("export/dpi"), c.dpi).toInt(), 1200);
    return c;
}

void ExportChoices::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("export/format"), int(format));
    s.setValue(QStringLiteral("export/pageSize"), int(pageSize));
    s.setValue(QStringLiteral("export/portrait"), orientation == QPageLayout::Portrait);
    s.setValue(QStringLiteral("export/tile"), tile);
    s.setValue(QStringLiteral("export/department"), department);
    s.setValue(QStringLiteral("export/dpi"), dpi);
}

PaperOptions ExportChoices::paperOptions(const AnalysisResult *analysis, const QString &fileName) const
{
    PaperOptions o;
    o.pageSize = pageSize;
    o.orientation = orientation;
    o.tile = tile;
    o.department = department;
    o.analysis = analysis;
    o.fileName = fileName;
    return o;
}

ExportResult exportMap(const JourneyMap &map, const ExportChoices &choices, const PaperOptions &options,
                       const QString &path)
{
    switch (choices.format) {
    case ExportChoices::Format::Pdf: return mapexport::pdf(map, options, path);
    case ExportChoices::Format::Svg: return mapexport::svg(map, options, path);
    case ExportChoices::Format::Png: return mapexport::png(map, options, choices.dpi, path);
    case ExportChoices::Format::Json: return writeFile(path, writeJourneyJson(map));
    case ExportChoices::Format::Csv: return writeFile(path, writeJourneyCsv(map));
    }
    return {};
}

} // namespace stagecraft
