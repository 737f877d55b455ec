#include "isodate.h"

#include <QRegularExpression>

namespace stagecraft {

std::optional<QDate> parseIsoDate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!pattern.match(text).hasMatch() || !date.isValid())
        return std::nullopt;
    return date;
}

} // namespace stagecraft
