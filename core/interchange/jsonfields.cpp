#include "jsonfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace stagecraft {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("JourneyJson", text); }
} // namespace

QString JsonFields::quoted(const QString &key) { return QLatin1Char('\'') + key + QLatin1Char('\''); }

QString JsonFields::describePath(const QString &path)
{
    static const QHash<QString, const char *> singular{
        {QStringLiteral("owners"), QT_TRANSLATE_NOOP("JourneyJson", "owner")},
        {QStringLiteral("phases"), QT_TRANSLATE_NOOP("JourneyJson", "phase")},
        {QStringLiteral("stages"), QT_TRANSLATE_NOOP("JourneyJson", "stage")},
        {QStringLiteral("lanes"), QT_TRANSLATE_NOOP("JourneyJson", "lane")},
        {QStringLiteral("touchpoints"), QT_TRANSLATE_NOOP("JourneyJson", "touchpoint")},
        {QStringLiteral("links"), QT_TRANSLATE_NOOP("JourneyJson", "link")},
    };
    const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    QString element = tr("the map");
    qsizetype field = 0;
    for (qsizetype i = 0; i + 1 < parts.size(); ++i) {
        bool isIndex = false;
        const int index = parts[i + 1].toInt(&isIndex);
        if (!isIndex || !singular.contains(parts[i]))
            continue;
        const QString here = tr(singular.value(parts[i])) + QLatin1Char(' ') + QString::number(index + 1);
        element = field == 0 ? here : tr("%1 of %2").arg(here, element);
        field = i + 2;
    }
    if (field == 0 && parts.value(0) == QLatin1String("settings"))
        element = tr("settings"), field = 1;
    const QString rest = parts.mid(field).join(QLatin1Char('/'));
    return rest.isEmpty() ? element : tr("%1, field %2").arg(element, quoted(rest));
}

const JsonLocator &JsonFields::locator() const
{
    if (!m_locator)
        m_locator.emplace(m_located);
    return *m_locator;
}

void JsonFields::reject(const Where &where, const QString &field, const QString &problem) const
{
    const QString path = field.isEmpty() ? where.path : where.path + QLatin1Char('/') + field;
    int line = locator().lineOf(path);
    if (!line)
        line = locator().lineOf(where.path);
    QString message = field.isEmpty() ? tr("%1: %2").arg(where.element, problem)
                                      : tr("%1, field %2: %3").arg(where.element, quoted(field), problem);
    if (line > 0)
        message = tr("line %1: %2").arg(line).arg(message);
    throw Rejected{message};
}

std::optional<QJsonValue> JsonFields::valueOf(const QJsonObject &obj, const Where &where, const QString &field,
                                              bool required) const
{
    const QJsonValue value = obj.value(field);
    if (!value.isUndefined() && !value.isNull())
        return value;
    if (required)
        reject(where, field, tr("is missing"));
    return std::nullopt;
}

QJsonObject JsonFields::object(const QJsonValue &value, const Where &where, const QString &field) const
{
    if (!value.isObject())
        reject(where, field, tr("must be a JSON object"));
    return value.toObject();
}

QJsonArray JsonFields::array(const QJsonObject &obj, const Where &where, const QString &field, bool required) const
{
    const std::optional<QJsonValue> present = valueOf(obj, where, field, required);
    if (!present)
        return {};
    const QJsonValue &value = *present;
    if (!value.isArray())
        reject(where, field, tr("must be a list"));
    if (value.toArray().size() > importlimits::MaxItems)
        reject(where, field, tr("holds %1 items; a map holds at most %2").arg(value.toArray().size())
                                 .arg(importlimits::MaxItems));
    return value.toArray();
}

QString JsonFields::string(const QJsonObject &obj, const Where &where, const QString &field, bool required) const
{
    const std::optional<QJsonValue> present = valueOf(obj, where, field, required);
    if (!present)
        return {};
    const QJsonValue &value = *present;
    if (!value.isString())
        reject(where, field, tr("must be a string"));
    const QString text = value.toString();
    if (text.size() > importlimits::MaxTextLength)
        reject(where, field, tr("is %1 characters long; a text in a map holds at most %2")
                                 .arg(text.size()).arg(importlimits::MaxTextLength));
    return text;
}

std::optional<qint64> JsonFields::integer(const QJsonObject &obj, const Where &where, const QString &field) const
{
    const std::optional<QJsonValue> present = valueOf(obj, where, field, false);
    if (!present)
        return std::nullopt;
    const QJsonValue &value = *present;
    if (!value.isDouble())
        reject(where, field, tr("must be a number"));
    const double d = value.toDouble();
    if (!std::isfinite(d))
        reject(where, field, tr("must be a finite number"));
    if (d != std::trunc(d) || std::abs(d) > 1e12)
        reject(where, field, tr("must be a whole number, not %1").arg(d));
    return qint64(d);
}

std::optional<Duration> JsonFields::duration(const QJsonObject &obj, const Where &where, const QString &field) const
{
    const QString text = string(obj, where, field, false);
    if (text.isNull())
        return std::nullopt;
    const auto d = Duration::fromIso(text);
    if (!d)
        reject(where, field, tr("%1 is not a duration in days, hours and minutes such as P3D, PT4H or P1DT12H")
                                 .arg(quoted(text)));
    return d;
}

QString JsonFields::id(const QJsonObject &obj, Where &where, const QString &kind, QSet<QString> &used) const
{
    const QString key = string(obj, where, QStringLiteral("id"), true);
    if (key.trimmed().isEmpty())
        reject(where, QStringLiteral("id"), tr("must not be empty"));
    if (used.contains(key))
        reject(where, QStringLiteral("id"), tr("%1 is used by another %2").arg(quoted(key), kind));
    used.insert(key);
    where.element = kind + QLatin1Char(' ') + quoted(key);
    return key;
}

} // namespace stagecraft
