// stale-review
#include "ruleids.h"
#include "rules.h"

#include <QCoreApplication>

namespace stagecraft::rules {

namespace {
// YYYY-MM-DD, as Qt::ISODate writes it, without QDate::toString's general
// formatter: a map of 10,000 cards can have thousands of stale ones.
QString isoDate(QDate date)
{
    int y = 0, m = 0, d = 0;
    date.getDate(&y, &m, &d);
    if (y < 0 || y > 9999)
        return date.toString(Qt::ISODate);
    const char16_t text[] = {char16_t(u'0' + y / 1000), char16_t(u'0' + y / 100 % 10), char16_t(u'0' + y / 10 % 10),
                             char16_t(u'0' + y % 10),   u'-',
                             char16_t(u'0' + m / 10),   char16_t(u'0' + m % 10),
                             u'-',                      char16_t(u'0' + d / 10),
                             char16_t(u'0' + d % 10)};
    return QString(reinterpret_cast<const QChar *>(text), 10);
}
// Parts: the card (FindingList::putCard at 0), its stage's name; the day
// it was reviewed (Julian day) and the threshold in months.
QString staleText(const MessageParts &p)
{
    return QCoreApplication::translate("Analysis", "%1 in stage %2 was last reviewed on %3, more than %n "
                                                   "months ago", nullptr, int(p.numbers[1]))
        .arg(FindingList::card(p, 0), p.names[2], isoDate(QDate::fromJulianDay(p.numbers[0])));
}
} // namespace

void staleReviews(const JourneyGraph &graph, const AnalysisOptions &options, Cards cards, FindingList &out)
{
    const int months = graph.map().info.settings.staleAfterMonths;
    if (months <= 0 || !options.today.isValid())
        return; // the map turned the check off
    // Reviewed on or after this day is fresh: "more than N months ago" is strict.
    const QDate freshFrom = options.today.addMonths(-months);
    for (const auto v : cards) {
        const auto &reviewed = graph.touchpoint(v).lastReviewed;
        if (!reviewed || !reviewed->isValid() || *reviewed >= freshFrom)
            continue;
        MessageParts parts;
        out.putCard(parts, 0, v);
        parts.names[2] = out.stageName(v);
        parts.numbers = {reviewed->toJulianDay(), months};
        out.add(rule::StaleReview, Severity::Warning, {staleText, std::move(parts)}, std::span(&v, 1));
    }
}

} // namespace stagecraft::rules
