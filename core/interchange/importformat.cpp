#include "importformat.h"

#include "journeyjson.h"

#include <QFileInfo>
#include <array>

namespace stagecraft {

namespace {
constexpr std::array formats{
    std::pair{ImportFormat::Json, "json"},
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
    if (suffix == QLatin1String("json"))
        return ImportFormat::Json;
    if (content.trimmed().startsWith('{') || content.startsWith("\xEF\xBB\xBF{"))
        return ImportFormat::Json;
    return std::nullopt;
}

ImportResult importJourney(ImportFormat format, const QByteArray &content)
{
    switch (format) {
    case ImportFormat::Json:
        return readJourneyJson(content);
    }
    return {};
}

} // namespace stagecraft
