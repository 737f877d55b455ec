#pragma once

#include "importresult.h"

#include <QByteArray>
#include <QStringList>

namespace stagecraft {

// The formats `stagecraft-cli import` and the editor's Import read.
enum class ImportFormat { Json, Csv, BlueprintSignal, Mermaid };

QStringList importFormatNames(); // "json", … as the CLI spells them
std::optional<ImportFormat> importFormatFromName(const QString &name);
// From the file name's extension, else from the first bytes of the content.
std::optional<ImportFormat> guessImportFormat(const QString &fileName, const QByteArray &content);
// Reads `content` in `format`, checking all of it before returning a map.
ImportResult importJourney(ImportFormat format, const QByteArray &content);

} // namespace stagecraft
