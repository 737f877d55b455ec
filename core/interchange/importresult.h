#pragma once

#include "model/journeymap.h"

#include <QString>
#include <optional>

namespace stagecraft {

// What every importer returns: a whole, valid map, or one line saying which
// line, element and field of the input is at fault (and nothing else).
// What any importer accepts at most, so that no file, however made, can make
// an import exhaust memory (docs/reliability.md): the whole input, the items
// of any one list, and the characters of any one text.
namespace importlimits {
constexpr qint64 MaxBytes = 32 * 1024 * 1024;
constexpr qsizetype MaxItems = 100000;
constexpr qsizetype MaxTextLength = 1000000;
} // namespace importlimits

struct ImportResult {
    std::optional<JourneyMap> map;
    QString error;

    explicit operator bool() const { return map.has_value(); }
};

} // namespace stagecraft
