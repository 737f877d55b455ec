#pragma once

#include <QString>
#include <optional>

namespace stagecraft {

// A span of working time, kept in whole minutes. Maps speak of processing
// times and agreed hand-off times in days, hours and minutes; a day is 24 hours.
struct Duration {
    qint64 minutes = 0;

    static constexpr qint64 MinutesPerHour = 60;
    static constexpr qint64 MinutesPerDay = 24 * 60;
    // Ten years: longer than any process on a journey map, and far from overflow.
    static constexpr qint64 MaxMinutes = 10 * 366 * MinutesPerDay;

    static Duration fromMinutes(qint64 m) { return Duration{m}; }
    static Duration fromDays(double d) { return Duration{qint64(d * MinutesPerDay)}; }

    double days() const { return double(minutes) / MinutesPerDay; }

    // ISO 8601 in days, hours and minutes: "P3D", "PT4H", "P1DT12H".
    // Returns nothing for anything else (weeks, years, fractions, negatives).
    static std::optional<Duration> fromIso(const QString &text);
    QString toIso() const;
    // Short human form for cards and reports: "3 d", "4 h", "1 d 12 h", "18 min".
    QString toDisplay() const;

    auto operator<=>(const Duration &) const = default;
};

} // namespace stagecraft
