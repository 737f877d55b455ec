#include "statedigest.h"

#include "model/journeydocument.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace stagecraft::killtest {

namespace {
QString hashOf(const QString &text, int length)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(length));
}
} // namespace

QString StateDigest::text() const
{
    return QStringLiteral("cards=%1 links=%2 titles=%3 rows=%4").arg(cards).arg(links).arg(titles, rows);
}

StateDigest StateDigest::parse(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("cards=(\\d+) links=(\\d+) titles=([0-9a-f]+) rows=([0-9a-f]+)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return {};
    return {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3), m.captured(4)};
}

StateDigest digestOf(const JourneyDocument &doc)
{
    const JourneyMap &map = doc.map();
    QStringList titles;
    for (const Touchpoint &t : map.touchpoints)
        titles << QStringLiteral("%1:%2").arg(t.id.value).arg(t.title);
    titles.sort();
    return {int(map.touchpoints.size()), int(map.links.size()), hashOf(titles.join(QLatin1Char('\n')), 8),
            hashOf(doc.dump(), 16)};
}

} // namespace stagecraft::killtest
