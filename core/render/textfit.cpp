#include "textfit.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace stagecraft::textfit {

QStringList lines(const QString &text, const QFont &font, qreal width, int maxLines)
{
    QStringList out;
    // Lay out no more than the lines can show: the rest would only be elided.
    const QFontMetricsF metrics(font);
    const qsizetype most = qsizetype(maxLines * (width / std::max<qreal>(1, metrics.averageCharWidth() * 0.4) + 2));
    const QString simple = text.left(most).simplified();
    if (simple.isEmpty() || maxLines < 1 || width <= 0)
        return out;
    QTextLayout layout(simple, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (out.size() == maxLines - 1) {
            out << metrics.elidedText(simple.mid(line.textStart()), Qt::ElideRight, width);
            break;
        }
        out << simple.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    const QChar ellipsis(0x2026);
    if (text.size() > most && !out.isEmpty() && !out.last().endsWith(ellipsis))
        out.last() = metrics.elidedText(out.last() + ellipsis, Qt::ElideRight, width); // cut, so say so
    return out;
}

qreal lineHeight(const QFont &font) { return QFontMetricsF(font).height(); }

qreal draw(QPainter &painter, const QStringList &lines, const QFont &font, qreal left, qreal top, qreal width,
           Qt::Alignment align)
{
    const QFontMetricsF metrics(font);
    painter.setFont(font);
    qreal y = top;
    for (const QString &line : lines) {
        qreal x = left;
        if (align & (Qt::AlignHCenter | Qt::AlignRight)) {
            const qreal w = metrics.horizontalAdvance(line);
            x = (align & Qt::AlignRight) ? left + width - w : left + (width - w) / 2;
        }
        painter.drawText(QPointF(x, y + metrics.ascent()), line);
        y += metrics.height();
    }
    return y;
}

} // namespace stagecraft::textfit
