#pragma once

#include <QDate>
#include <QString>
#include <optional>

namespace stagecraft {

// A calendar date written exactly YYYY-MM-DD, as every interchange format
// writes it; QDate alone also takes forms the formats do not allow.
std::optional<QDate> parseIsoDate(const QString &text);

} // namespace stagecraft
