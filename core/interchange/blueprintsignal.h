#pragma once

#include "importresult.h"

#include <QByteArray>

namespace stagecraft {

// Reads the CSV export of Blueprint Signal, a peer service-blueprint tool:
// one row per step, its service layer deciding the lane (docs/csv.md).
ImportResult readBlueprintSignal(const QByteArray &csv);

// Whether a CSV header row is Blueprint Signal's rather than our own.
bool looksLikeBlueprintSignal(const QByteArray &csv);

} // namespace stagecraft
