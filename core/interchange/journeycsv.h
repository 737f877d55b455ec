#pragma once

#include "importresult.h"

#include <QByteArray>

namespace stagecraft {

// The workshop spreadsheet: one row per touchpoint, columns as in docs/csv.md.
// Cards only: links, empty stages and lanes, and the map's title stay behind.
ImportResult readJourneyCsv(const QByteArray &csv);
// Comma-separated, UTF-8 without BOM, CRLF line ends, lane by lane.
QByteArray writeJourneyCsv(const JourneyMap &map);

} // namespace stagecraft
