#include "analysis/analysis.h"
#include "exitcodes.h"
#include "export/mapexport.h"
#include "interchange/journeycsv.h"
#include "interchange/journeyjson.h"
#include "verbs.h"

#include <QFileInfo>
#include <QSaveFile>
#include <array>

namespace stagecraft::cli {

namespace {

// Writes `bytes` whole or not at all; returns an error message or nothing.
QString writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return QStringLiteral("cannot write '%1': %2").arg(path, file.errorString());
    return {};
}

// What the paper and image formats need besides the map.
struct PaperRequest {
    PaperOptions options;
    int dpi = 150;
};

QString resultError(const ExportResult &r) { return r.ok ? QString() : r.error; }

// One output format per extension of OUT. Each writes the whole file and
// returns an error message, or an empty string on success.
struct Exporter {
    const char *suffix;
    QString (*write)(const JourneyMap &map, const QString &path, const PaperRequest &paper);
};
const std::array exporters{
    Exporter{"json", [](const JourneyMap &map, const QString &path, const PaperRequest &) {
                 return writeFile(path, writeJourneyJson(map));
             }},
    Exporter{"csv", [](const JourneyMap &map, const QString &path, const PaperRequest &) {
                 return writeFile(path, writeJourneyCsv(map));
             }},
    Exporter{"pdf", [](const JourneyMap &map, const QString &path, const PaperRequest &paper) {
                 return resultError(mapexport::pdf(map, paper.options, path));
             }},
    Exporter{"svg", [](const JourneyMap &map, const QString &path, const PaperRequest &paper) {
                 return resultError(mapexport::svg(map, paper.options, path));
             }},
    Exporter{"png", [](const JourneyMap &map, const QString &path, const PaperRequest &paper) {
                 return resultError(mapexport::png(map, paper.options, paper.dpi, path));
             }},
};

struct PageName {
    const char *name;
    QPageSize::PageSizeId id;
};
constexpr std::array pageSizes{PageName{"A4", QPageSize::A4}, PageName{"A3", QPageSize::A3},
                               PageName{"Letter", QPageSize::Letter}, PageName{"Tabloid", QPageSize::Tabloid}};

// Reads the paper options; returns -1 to go on or the exit code to return.
int paperRequest(const QCommandLineParser &parser, const JourneyMap &map, const QString &mapPath,
                 const AnalysisResult &analysis, PaperRequest &request)
{
    PaperOptions &o = request.options;
    const QString page = parser.value(QStringLiteral("page"));
    const auto size = std::find_if(pageSizes.begin(), pageSizes.end(), [&](const PageName &p) {
        return page.compare(QLatin1String(p.name), Qt::CaseInsensitive) == 0;
    });
    if (size == pageSizes.end())
        return fail(UsageError, QStringLiteral("unknown page size '%1'; choose A4, A3, Letter or Tabloid").arg(page));
    o.pageSize = size->id;
    o.orientation = parser.isSet(QStringLiteral("portrait")) ? QPageLayout::Portrait : QPageLayout::Landscape;
    o.tile = parser.isSet(QStringLiteral("tile"));
    o.fileName = QFileInfo(mapPath).fileName();
    o.analysis = &analysis;
    if (parser.isSet(QStringLiteral("department"))) {
        const QString wanted = parser.value(QStringLiteral("department"));
        QStringList names;
        for (const Owner &owner : map.owners) {
            names << owner.name;
            if (owner.name.compare(wanted, Qt::CaseInsensitive) == 0)
                o.department = owner.name; // as the map spells it
        }
        if (o.department.isEmpty())
            return fail(InvalidInput, QStringLiteral("no department named '%1' on this map; it has: %2")
                                          .arg(wanted, names.join(QStringLiteral(", "))));
    }
    bool ok = true;
    request.dpi = parser.value(QStringLiteral("dpi")).toInt(&ok);
    if (!ok || request.dpi < 10 || request.dpi > 1200)
        return fail(InvalidInput, QStringLiteral("--dpi must be a whole number from 10 to 1200"));
    return -1;
}

QString suffixes()
{
    QStringList names;
    for (const Exporter &e : exporters)
        names << QLatin1Char('.') + QLatin1String(e.suffix);
    return names.join(QStringLiteral(", "));
}

} // namespace

int runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("The file to write; its extension picks the format (%1).").arg(suffixes()),
                      QStringLiteral("OUT")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace OUT if it exists.")});
    parser.addOption({QStringLiteral("page"), QStringLiteral("PDF page size: A4, A3, Letter or Tabloid (default A3)."),
                      QStringLiteral("SIZE"), QStringLiteral("A3")});
    parser.addOption({QStringLiteral("portrait"), QStringLiteral("PDF pages upright (default: landscape).")});
    parser.addOption({QStringLiteral("tile"),
                      QStringLiteral("PDF: print the map at full size over several pages, for a wall poster.")});
    parser.addOption({QStringLiteral("department"),
                      QStringLiteral("A department head's copy: its cards highlighted, others faded, only its "
                                     "findings listed."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("dpi"), QStringLiteral("PNG resolution in dots per inch (default 150)."),
                      QStringLiteral("N"), QStringLiteral("150")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The .journey file."));
    if (const int code = parse(parser, arguments, verb("export"), 1); code >= 0)
        return code;

    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(UsageError, QStringLiteral("no output given; use -o OUT"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    const auto exporter = std::find_if(exporters.begin(), exporters.end(),
                                       [&](const Exporter &e) { return suffix == QLatin1String(e.suffix); });
    if (exporter == exporters.end())
        return fail(UsageError, QStringLiteral("unsupported format '.%1'; choose one of %2").arg(suffix, suffixes()));
    if (QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force")))
        return fail(OutputExists, QStringLiteral("'%1' exists; use --force to replace it").arg(output));

    int code = Ok;
    const auto doc = openMap(parser.positionalArguments().at(0), code);
    if (!doc)
        return code;
    const AnalysisResult analysis = analyze(doc->map());
    PaperRequest paper;
    if (const int failed = paperRequest(parser, doc->map(), parser.positionalArguments().at(0), analysis, paper);
        failed >= 0)
        return failed;
    if (const QString error = exporter->write(doc->map(), output, paper); !error.isEmpty())
        return fail(WriteFailed, error);
    out() << "Exported " << output << '\n';
    return Ok;
}

} // namespace stagecraft::cli
