#pragma once

#include <QFont>
#include <QPainter>
#include <QStringList>

namespace stagecraft {

// Breaks text into at most `maxLines` lines of `width`, eliding the last one,
// and draws such lines: card titles, stage and lane names.
namespace textfit {

QStringList lines(const QString &text, const QFont &font, qreal width, int maxLines);
// Draws `lines` from `top` down, each aligned in [left, left + width]; returns the y below the last.
qreal draw(QPainter &painter, const QStringList &lines, const QFont &font, qreal left, qreal top, qreal width,
           Qt::Alignment align = Qt::AlignLeft);
qreal lineHeight(const QFont &font);

} // namespace textfit

} // namespace stagecraft
