#include "duration.h"

#include <QRegularExpression>

namespace stagecraft {

std::optional<Duration> Duration::fromIso(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^P(?:(\\d{1,6})D)?(?:T(?:(\\d{1,7})H)?(?:(\\d{1,9})M)?)?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch() || text == QLatin1String("P") || text.endsWith(QLatin1Char('T')))
        return std::nullopt;
    const qint64 days = match.captured(1).toLongLong();
    const qint64 hours = match.captured(2).toLongLong();
    const qint64 mins = match.captured(3).toLongLong();
    const qint64 total = days * MinutesPerDay + hours * MinutesPerHour + mins;
    if (total > MaxMinutes)
        return std::nullopt;
    return Duration{total};
}

QString Duration::toIso() const
{
    const qint64 d = minutes / MinutesPerDay;
    const qint64 h = (minutes % MinutesPerDay) / MinutesPerHour;
    const qint64 m = minutes % MinutesPerHour;
    QString out = QStringLiteral("P");
    if (d)
        out += QString::number(d) + QLatin1Char('D');
    if (h || m) {
        out += QLatin1Char('T');
        if (h)
            out += QString::number(h) + QLatin1Char('H');
        if (m)
            out += QString::number(m) + QLatin1Char('M');
    }
    if (!d && !h && !m)
        out += QStringLiteral("T0M");
    return out;
}

QString Duration::toDisplay() const
{
    const qint64 d = minutes / MinutesPerDay;
    const qint64 h = (minutes % MinutesPerDay) / MinutesPerHour;
    const qint64 m = minutes % MinutesPerHour;
    QStringList parts;
    if (d)
        parts << QStringLiteral("%1 d").arg(d);
    if (h)
        parts << QStringLiteral("%1 h").arg(h);
    if (m || parts.isEmpty())
        parts << QStringLiteral("%1 min").arg(m);
    return parts.join(QLatin1Char(' '));
}

} // namespace stagecraft
