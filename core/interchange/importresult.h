#pragma once

#include "model/journeymap.h"

#include <QString>
#include <optional>

namespace stagecraft {

// What any importer accepts at most, so that no file, however made, can make
// an import exhaust memory (docs/reliability.md): the whole input, the items
// of any one list, and the characters of any one text.
namespace importlimits {
constexpr qint64 MaxBytes = 32 * 1024 * 1024;
constexpr qsizetype MaxItems = JourneyMap::MaxElementsPerKind;
constexpr qsizetype MaxTextLength = 1000000;
} // namespace importlimits

// What every importer returns: a whole, valid map, or one line saying which
// line, element and field of the input is at fault (and nothing else).
struct ImportResult {
    std::optional<JourneyMap> map;
    QString error;

    explicit operator bool() const { return map.has_value(); }
};

} // namespace stagecraft
