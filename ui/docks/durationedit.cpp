#include "durationedit.h"

#include <QRegularExpression>

namespace stagecraft {

DurationEdit::DurationEdit(QWidget *parent) : QLineEdit(parent)
{
    setPlaceholderText(tr("e.g. 3 d, 4 h, 30 min"));
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::editingFinished, this, [this] {
        bool ok = false;
        const auto d = duration(&ok);
        setStyleSheet(ok ? QString() : QStringLiteral("QLineEdit { border: 1px solid #d9534f; }"));
        setToolTip(ok ? QString() : tr("Write a time as days, hours and minutes: 2 d 4 h, 30 min, or P2DT4H."));
        if (ok)
            Q_EMIT durationEdited(d);
    });
}

void DurationEdit::setDuration(const std::optional<Duration> &d)
{
    setText(d ? d->toDisplay() : QString());
    setStyleSheet(QString());
}

std::optional<Duration> DurationEdit::duration(bool *ok) const { return parse(text(), ok); }

std::optional<Duration> DurationEdit::parse(const QString &input, bool *ok)
{
    *ok = true;
    const QString text = input.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto iso = Duration::fromIso(text.toUpper()))
        return iso;
    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*(d|days?|h|hours?|m|min|mins|minutes?)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    qint64 minutes = 0;
    qsizetype consumed = 0;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0).toLower();
        minutes += unit == QLatin1Char('d') ? n * Duration::MinutesPerDay
                   : unit == QLatin1Char('h') ? n * Duration::MinutesPerHour
                                              : n;
        consumed += m.capturedLength();
    }
    if (consumed == 0 || minutes > Duration::MaxMinutes) {
        *ok = false;
        return std::nullopt;
    }
    // Reject leftovers such as "3 weeks" or "abc 2 d": everything must be parts.
    QString rest = text;
    rest.remove(part);
    if (!rest.trimmed().isEmpty()) {
        *ok = false;
        return std::nullopt;
    }
    return Duration{minutes};
}

} // namespace stagecraft
