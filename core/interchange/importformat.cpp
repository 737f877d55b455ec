#include "importformat.h"

#include "blueprintsignal.h"
#include "journeycsv.h"
#include "journeyjson.h"
#include "mermaidjourney.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <array>

namespace stagecraft {

namespace {
constexpr std::array formats{
    std::pair{ImportFormat::Json, "json"},
    std::pair{ImportFormat::Csv, "csv"},
    std::pair{ImportFormat::BlueprintSignal, "blueprint-signal"},
    std::pair{ImportFormat::Mermaid, "mermaid"},
};
} // namespace

QStringList importFormatNames()
{
    QStringList names;
    for (const auto &[format, name] : formats)
        names << QLatin1String(name);
    return names;
}

std::optional<ImportFormat> importFormatFromName(const QString &name)
{
    for (const auto &[format, n] : formats)
        if (name.compare(QLatin1String(n), Qt::CaseInsensitive) == 0)
            return format;
    return std::nullopt;
}

std::optional<ImportFormat> guessImportFormat(const QString &fileName, const QByteArray &content)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const QByteArray start = content.startsWith("\xEF\xBB\xBF") ? content.mid(3) : content;
    if (suffix == QLatin1String("json") || start.trimmed().startsWith('{'))
        return ImportFormat::Json;
    if (suffix == QLatin1String("mmd") || suffix == QLatin1String("mermaid") || looksLikeMermaidJourney(start))
        return ImportFormat::Mermaid;
    // Both CSV dialects share the extension: the header tells them apart.
    if (looksLikeBlueprintSignal(start))
        return ImportFormat::BlueprintSignal;
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return ImportFormat::Csv;
    return std::nullopt;
}

ImportResult importJourney(ImportFormat format, const QByteArray &content)
{
    if (content.size() > importlimits::MaxBytes)
        return {std::nullopt, QCoreApplication::translate("ImportFormat", "the file is %1 MB; Stagecraft imports files "
                                                                          "of up to %2 MB")
                                  .arg(content.size() / (1024 * 1024))
                                  .arg(importlimits::MaxBytes / (1024 * 1024))};
    switch (format) {
    case ImportFormat::Json:
        return readJourneyJson(content);
    case ImportFormat::Csv:
        return readJourneyCsv(content);
    case ImportFormat::BlueprintSignal:
        return readBlueprintSignal(content);
    case ImportFormat::Mermaid:
        return readMermaidJourney(content);
    }
    return {};
}

} // namespace stagecraft
