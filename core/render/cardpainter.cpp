#include "cardpainter.h"

#include "renderstyle.h"
#include "textfit.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>

namespace stagecraft {

using namespace renderstyle;

void CardPainter::paint(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect)
{
    const qreal s = look.scale;
    painter.save();
    if (look.faded)
        painter.setOpacity(0.28);
    painter.setRenderHint(QPainter::Antialiasing);

    // A soft shadow, then the body: the card reads as paper on the lane.
    const QRectF body = rect.adjusted(0, 0, 0, -s);
    const qreal radius = 5 * s;
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(16, 24, 40, 22));
    painter.drawRoundedRect(body.translated(0, s), radius, radius);
    painter.setBrush(paper());
    painter.drawRoundedRect(body, radius, radius);

    // The owner stripe: the department, recognisable from across the room.
    // A rounded bar whose right half is painted over, rather than a clip:
    // clips are costly in PDF and SVG.
    const QColor stripe = look.owner ? look.owner->color : look.needsOwner ? unownedStripe() : look.laneAccent;
    painter.setBrush(stripe);
    painter.drawRoundedRect(QRectF(body.left(), body.top(), 2 * radius, body.height()), radius, radius);
    painter.fillRect(QRectF(body.left() + 4.5 * s, body.top() + 0.5 * s, 2 * radius - 4.5 * s, body.height() - s),
                     paper());

    QPen border(rule().darker(112), 0.8 * s);
    if (look.highlighted && look.owner)
        border = QPen(look.owner->color, 1.6 * s);
    if (!look.owner && look.needsOwner)
        border = QPen(error().lighter(135), 0.9 * s, Qt::DashLine);
    if (look.hovered)
        border = QPen(inkSoft(), 1.2 * s);
    if (look.selected)
        border = QPen(selection(), 2 * s);
    const qreal inset = border.widthF() / 2;
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(body.adjusted(inset, inset, -inset, -inset), radius, radius);

    const qreal left = body.left() + 4.5 * s + 7 * s;
    const qreal right = body.right() - 7 * s;
    const qreal badges = paintBadges(painter, look, body);
    const QFont title = font(Type::CardTitle, s);
    painter.setPen(ink());
    const QStringList lines = textfit::lines(card.title, title, right - badges - left, 3);
    qreal y = textfit::draw(painter, lines, title, left, body.top() + 6 * s, right - badges - left);

    const QFont meta = font(Type::CardMeta, s);
    const QFontMetricsF mm(meta);
    painter.setFont(meta);
    QString ownerText;
    if (look.owner) {
        painter.setPen(textOn(look.owner->color));
        ownerText = look.owner->name;
    } else if (look.needsOwner) {
        painter.setPen(error());
        ownerText = QCoreApplication::translate("MapRenderer", "No owner");
    }
    const qreal footerTop = body.bottom() - 6 * s - mm.height();
    if (!ownerText.isEmpty() && y + 2 * s + mm.height() <= footerTop + 1)
        painter.drawText(QPointF(left, y + 2 * s + mm.ascent()), mm.elidedText(ownerText, Qt::ElideRight, right - left));
    paintFooter(painter, card, look, QRectF(left, footerTop, right - left, mm.height()));
    painter.restore();
}

QList<std::pair<Severity, QRectF>> CardPainter::badgeRects(const CardLook &look, const QRectF &rect)
{
    const qreal s = look.scale;
    const QRectF body = rect.adjusted(0, 0, 0, -s);
    const qreal d = 13 * s;
    qreal x = body.right() - 5 * s;
    const QFontMetricsF fm(font(Type::Badge, s));
    QList<std::pair<Severity, QRectF>> out;
    auto badge = [&](int count, Severity severity) {
        if (count <= 0)
            return;
        const QString text = count > 9 ? QStringLiteral("9+") : QString::number(count);
        const qreal w = std::max(d, fm.horizontalAdvance(text) + 6 * s);
        out.append({severity, QRectF(x - w, body.top() + 5 * s, w, d)});
        x -= w + 3 * s;
    };
    badge(look.errors, Severity::Error);
    badge(look.warnings, Severity::Warning);
    return out;
}

qreal CardPainter::paintBadges(QPainter &painter, const CardLook &look, const QRectF &body)
{
    const qreal s = look.scale;
    const QFont f = font(Type::Badge, s);
    painter.setFont(f);
    // badgeRects() takes the card rect; `body` is that rect less the shadow.
    const auto rects = badgeRects(look, body.adjusted(0, 0, 0, s));
    qreal left = body.right() - 5 * s;
    for (const auto &[severity, r] : rects) {
        const int count = severity == Severity::Error ? look.errors : look.warnings;
        const QString text = count > 9 ? QStringLiteral("9+") : QString::number(count);
        painter.setPen(Qt::NoPen);
        painter.setBrush(severity == Severity::Error ? error() : warning());
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2);
        painter.setPen(Qt::white);
        painter.drawText(r, Qt::AlignCenter, text);
        left = r.left() - 3 * s;
    }
    return body.right() - 5 * s - left;
}

void CardPainter::paintFooter(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &row)
{
    const qreal s = look.scale;
    const QFont meta = font(Type::CardMeta, s);
    const QFontMetricsF mm(meta);
    const qreal mid = row.center().y();
    qreal right = row.right();
    if (card.emotion)
        right = paintEmotion(painter, *card.emotion, right, mid, s) - 5 * s;
    if (card.processingTime) {
        const QString text = card.processingTime->toDisplay();
        const qreal w = mm.horizontalAdvance(text);
        painter.setFont(meta);
        painter.setPen(inkSoft());
        painter.drawText(QPointF(right - w, row.top() + mm.ascent()), text);
        // A small clock: the time a step takes.
        const qreal r = 3.4 * s;
        const QPointF c(right - w - 3 * s - r, mid);
        painter.setPen(QPen(inkSoft(), 0.8 * s));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(c, r, r);
        painter.drawLine(c, c + QPointF(0, -r * 0.65));
        painter.drawLine(c, c + QPointF(r * 0.5, 0));
        right = c.x() - r - 5 * s;
    }
    if (card.pain) {
        const QFont tag = font(Type::Badge, s);
        const QString text = QCoreApplication::translate("MapRenderer", "PAIN");
        const qreal w = QFontMetricsF(tag).horizontalAdvance(text) + 6 * s;
        const QRectF r(right - w, mid - 5.5 * s, w, 11 * s);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xfbe3e3));
        painter.drawRoundedRect(r, 2.5 * s, 2.5 * s);
        painter.setPen(error().darker(115));
        painter.setFont(tag);
        painter.drawText(r, Qt::AlignCenter, text);
        right = r.left() - 5 * s;
    }
    // The channel whole or not at all: "s…" tells nobody anything.
    if (!card.channel.isEmpty() && mm.horizontalAdvance(card.channel) <= right - row.left()) {
        painter.setFont(meta);
        painter.setPen(inkFaint().darker(115));
        painter.drawText(QPointF(row.left(), row.top() + mm.ascent()), card.channel);
    }
}

qreal CardPainter::paintEmotion(QPainter &painter, int emotion, qreal right, qreal midY, qreal s)
{
    // A face whose mouth bends with the feeling: readable without a legend.
    const qreal r = 5 * s;
    const QPointF c(right - r, midY);
    painter.setPen(Qt::NoPen);
    painter.setBrush(emotionColor(emotion));
    painter.drawEllipse(c, r, r);
    painter.setBrush(Qt::white);
    painter.drawEllipse(c + QPointF(-1.8 * s, -1.4 * s), 0.75 * s, 0.75 * s);
    painter.drawEllipse(c + QPointF(1.8 * s, -1.4 * s), 0.75 * s, 0.75 * s);
    QPainterPath mouth;
    const qreal bend = 0.9 * s * emotion;
    mouth.moveTo(c + QPointF(-2.3 * s, 1.6 * s - bend * 0.3));
    mouth.quadTo(c + QPointF(0, 1.6 * s + bend), c + QPointF(2.3 * s, 1.6 * s - bend * 0.3));
    painter.setPen(QPen(Qt::white, 0.8 * s, Qt::SolidLine, Qt::RoundCap));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(mouth);
    return c.x() - r;
}

} // namespace stagecraft
