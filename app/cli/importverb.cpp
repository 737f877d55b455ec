#include "exitcodes.h"
#include "interchange/importformat.h"
#include "verbs.h"

#include <QFile>
#include <QFileInfo>

namespace stagecraft::cli {

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The .journey file to create."),
                      QStringLiteral("FILE")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("format")},
                      QStringLiteral("The input's format: %1 (guessed from the file when not given).")
                          .arg(importFormatNames().join(QStringLiteral(", "))),
                      QStringLiteral("FORMAT")});
    parser.addOption({QStringLiteral("force"), QStringLiteral("Replace the output if it exists.")});
    parser.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("The file to import."));
    if (const int code = parse(parser, arguments, verb("import"), 1); code >= 0)
        return code;

    const QString in = parser.positionalArguments().at(0);
    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty())
        return fail(UsageError, QStringLiteral("no output given; use -o FILE.journey"));
    std::optional<ImportFormat> format;
    if (parser.isSet(QStringLiteral("format"))) {
        format = importFormatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return fail(UsageError, QStringLiteral("unknown format '%1'; choose one of %2")
                                        .arg(parser.value(QStringLiteral("format")),
                                             importFormatNames().join(QStringLiteral(", "))));
    }
    if (QFileInfo::exists(output) && !parser.isSet(QStringLiteral("force")))
        return fail(OutputExists, QStringLiteral("'%1' exists; use --force to replace it").arg(output));

    QFile file(in);
    if (!file.open(QIODevice::ReadOnly))
        return fail(exitCodeFor(OpenProblem::NotFound),
                    QStringLiteral("cannot read '%1': %2").arg(in, file.errorString()));
    if (file.size() > importlimits::MaxBytes) // before reading: the file could be any size
        return fail(InvalidInput, QStringLiteral("%1: the file is %2 MB; Stagecraft imports files of up to %3 MB")
                                      .arg(QFileInfo(in).fileName())
                                      .arg(file.size() / (1024 * 1024))
                                      .arg(importlimits::MaxBytes / (1024 * 1024)));
    const QByteArray content = file.readAll();
    if (!format)
        format = guessImportFormat(in, content);
    if (!format)
        return fail(UsageError, QStringLiteral("cannot tell the format of '%1'; use --format (%2)")
                                    .arg(in, importFormatNames().join(QStringLiteral(", "))));

    ImportResult result = importJourney(*format, content);
    if (!result.map)
        return fail(InvalidInput, QStringLiteral("%1: %2").arg(QFileInfo(in).fileName(), result.error));
    JourneyMap &map = *result.map;
    if (map.info.title.isEmpty()) // spreadsheets carry no title: the file's name is the map's
        map.info.title = QFileInfo(in).completeBaseName();
    const auto created = JourneyDocument::create(output, map);
    if (created.error)
        return fail(WriteFailed, created.error.message);
    out() << QStringLiteral("Imported %1 touchpoints, %2 links, %3 owners into %4.\n")
                 .arg(map.touchpoints.size())
                 .arg(map.links.size())
                 .arg(map.owners.size())
                 .arg(output);
    return Ok;
}

} // namespace stagecraft::cli
