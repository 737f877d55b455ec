#pragma once

#include "importresult.h"

#include <QByteArray>

namespace stagecraft {

// The interchange JSON, version 1 (shared/interchange.md): the whole map as
// text for scripts, version control and other tools.
ImportResult readJourneyJson(const QByteArray &json);
// Indented, keys in the order of the spec, UTF-8; reading it back and writing
// again gives the same bytes.
QByteArray writeJourneyJson(const JourneyMap &map);

} // namespace stagecraft
