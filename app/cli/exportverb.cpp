#include "exitcodes.h"
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

// One output format per extension of OUT. Each writes the whole file and
// returns an error message, or an empty string on success.
struct Exporter {
    const char *suffix;
    QString (*write)(const JourneyMap &map, const QString &path);
};
const std::array exporters{
    Exporter{"json", [](const JourneyMap &map, const QString &path) { return writeFile(path, writeJourneyJson(map)); }},
    Exporter{"csv", [](const JourneyMap &map, const QString &path) { return writeFile(path, writeJourneyCsv(map)); }},
};

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
    if (const QString error = exporter->write(doc->map(), output); !error.isEmpty())
        return fail(WriteFailed, error);
    out() << "Exported " << output << '\n';
    return Ok;
}

} // namespace stagecraft::cli
