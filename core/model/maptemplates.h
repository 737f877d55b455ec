#pragma once

#include "journeymap.h"

#include <QStringList>
#include <optional>

namespace stagecraft {

// The starting points for a new map, by their CLI names:
// "service-blueprint", "customer-lifecycle" and "blank".
class MapTemplates {
public:
    static QStringList names();
    static QString title(const QString &name); // for people: "Service blueprint"
    static QString description(const QString &name);
    static std::optional<JourneyMap> make(const QString &name, const QString &mapTitle = {});
};

} // namespace stagecraft
