#pragma once

#include "model/journeymap.h"

#include <QString>
#include <optional>

namespace stagecraft {

// What every importer returns: a whole, valid map, or one line saying which
// line, element and field of the input is at fault (and nothing else).
struct ImportResult {
    std::optional<JourneyMap> map;
    QString error;

    explicit operator bool() const { return map.has_value(); }
};

} // namespace stagecraft
