#include "cardpainter.h"

#include "renderstyle.h"
#include "textfit.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>

namespace stagecraft {

using namespace renderstyle;

namespace {

// The card less its shadow's strip at the bottom.
QRectF bodyOf(const QRectF &rect, qreal s) { return rect.adjusted(0, 0, 0, -s); }
qreal radiusOf(qreal s) { return 5 * s; }
// The text column: right of the owner stripe, inside the border.
qreal textLeft(const QRectF &body, qreal s) { return body.left() + 4.5 * s + 7 * s; }
qreal textRight(const QRectF &body, qreal s) { return body.right() - 7 * s; }

} // namespace

// Where the footer's parts go, right to left: emotion, time with its clock,
// the pain tag, then the channel if it fits whole.
struct CardPainter::Footer {
    QRectF row;
    QPointF face; // the emotion's centre, when the card has one
    QString time;
    QPointF timeAt, clock;
    QString painText;
    QRectF pain;
    bool channel = false;
};

CardPainter::Footer CardPainter::footer(const Touchpoint &card, const CardLook &look, const QRectF &body)
{
    const qreal s = look.scale;
    const QFontMetricsF mm(font(Type::CardMeta, s));
    const qreal left = textLeft(body, s);
    Footer f;
    f.row = QRectF(left, body.bottom() - 6 * s - mm.height(), textRight(body, s) - left, mm.height());
    const qreal mid = f.row.center().y();
    qreal right = f.row.right();
    if (card.emotion) {
        const qreal r = 5 * s;
        f.face = QPointF(right - r, mid);
        right = f.face.x() - r - 5 * s;
    }
    if (card.processingTime) {
        f.time = card.processingTime->toDisplay();
        const qreal w = mm.horizontalAdvance(f.time);
        f.timeAt = QPointF(right - w, f.row.top() + mm.ascent());
        const qreal r = 3.4 * s;
        f.clock = QPointF(right - w - 3 * s - r, mid);
        right = f.clock.x() - r - 5 * s;
    }
    if (card.pain) {
        f.painText = QCoreApplication::translate("MapRenderer", "PAIN");
        const qreal w = QFontMetricsF(font(Type::Badge, s)).horizontalAdvance(f.painText) + 6 * s;
        f.pain = QRectF(right - w, mid - 5.5 * s, w, 11 * s);
        right = f.pain.left() - 5 * s;
    }
    // The channel whole or not at all: "s…" tells nobody anything.
    f.channel = !card.channel.isEmpty() && mm.horizontalAdvance(card.channel) <= right - f.row.left();
    return f;
}

void CardPainter::paint(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    for (Layer layer : {Layer::Fills, Layer::Lines, Layer::Text})
        paintLayer(painter, layer, card, look, rect);
    painter.restore();
}

void CardPainter::paintLayer(QPainter &painter, Layer layer, const Touchpoint &card, const CardLook &look,
                             const QRectF &rect)
{
    const qreal opacity = painter.opacity();
    if (look.faded)
        painter.setOpacity(FadedOpacity);
    switch (layer) {
    case Layer::Fills: paintFills(painter, card, look, rect); break;
    case Layer::Lines: paintLines(painter, card, look, rect); break;
    case Layer::Text: paintText(painter, card, look, rect); break;
    }
    if (look.faded)
        painter.setOpacity(opacity);
}

void CardPainter::paintFills(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect)
{
    const qreal s = look.scale;
    const QRectF body = bodyOf(rect, s);
    const qreal radius = radiusOf(s);

    // A soft shadow, then the body: the card reads as paper on the lane.
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

    for (const auto &[severity, r] : badgeRects(look, rect)) {
        painter.setBrush(severity == Severity::Error ? error() : warning());
        painter.drawRoundedRect(r, r.height() / 2, r.height() / 2);
    }
    if (!card.emotion && !card.pain)
        return;
    const Footer f = footer(card, look, body);
    if (card.emotion) {
        // A face whose mouth (a line, painted with the lines) bends with the feeling.
        painter.setBrush(emotionColor(*card.emotion));
        painter.drawEllipse(f.face, 5 * s, 5 * s);
        painter.setBrush(Qt::white);
        painter.drawEllipse(f.face + QPointF(-1.8 * s, -1.4 * s), 0.75 * s, 0.75 * s);
        painter.drawEllipse(f.face + QPointF(1.8 * s, -1.4 * s), 0.75 * s, 0.75 * s);
    }
    if (card.pain) {
        painter.setBrush(QColor(0xfbe3e3));
        painter.drawRoundedRect(f.pain, 2.5 * s, 2.5 * s);
    }
}

void CardPainter::paintLines(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect)
{
    const qreal s = look.scale;
    const QRectF body = bodyOf(rect, s);
    const qreal radius = radiusOf(s);
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

    if (!card.emotion && !card.processingTime)
        return;
    const Footer f = footer(card, look, body);
    if (card.emotion) {
        QPainterPath mouth;
        const QPointF c = f.face;
        const qreal bend = 0.9 * s * *card.emotion;
        mouth.moveTo(c + QPointF(-2.3 * s, 1.6 * s - bend * 0.3));
        mouth.quadTo(c + QPointF(0, 1.6 * s + bend), c + QPointF(2.3 * s, 1.6 * s - bend * 0.3));
        painter.setPen(QPen(Qt::white, 0.8 * s, Qt::SolidLine, Qt::RoundCap));
        painter.drawPath(mouth);
    }
    if (card.processingTime) {
        // A small clock: the time a step takes.
        const qreal r = 3.4 * s;
        const QPointF c = f.clock;
        painter.setPen(QPen(inkSoft(), 0.8 * s));
        painter.drawEllipse(c, r, r);
        painter.drawLine(c, c + QPointF(0, -r * 0.65));
        painter.drawLine(c, c + QPointF(r * 0.5, 0));
    }
}

void CardPainter::paintText(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect)
{
    if (look.sketch)
        return paintSketch(painter, card, look, rect);
    QList<TextRun> runs;
    textRuns(card, look, rect, runs);
    paintRuns(painter, runs, look.scale);
}

void CardPainter::textRuns(const Touchpoint &card, const CardLook &look, const QRectF &rect, QList<TextRun> &out)
{
    const qreal s = look.scale;
    const QRectF body = bodyOf(rect, s);
    const qreal left = textLeft(body, s);
    const qreal right = textRight(body, s);

    // The badges' counts, and the width they take from the title.
    const auto badges = badgeRects(look, rect);
    qreal badgeWidth = 0;
    if (!badges.isEmpty()) {
        for (const auto &[severity, r] : badges) {
            const int count = severity == Severity::Error ? look.errors : look.warnings;
            out.append({Type::Badge, Qt::white, r, {}, count > 9 ? QStringLiteral("9+") : QString::number(count)});
        }
        badgeWidth = body.right() - 5 * s - (badges.last().second.left() - 3 * s);
    }
    const QFont title = font(Type::CardTitle, s);
    const QFontMetricsF tm(title);
    qreal y = body.top() + 6 * s;
    for (const QString &line : textfit::lines(card.title, title, right - badgeWidth - left, 3)) {
        out.append({Type::CardTitle, ink(), {}, QPointF(left, y + tm.ascent()), line});
        y += tm.height();
    }

    const QFontMetricsF mm(font(Type::CardMeta, s));
    QString ownerText;
    QColor ownerColour;
    if (look.owner) {
        ownerColour = textOn(look.owner->color);
        ownerText = look.owner->name;
    } else if (look.needsOwner) {
        ownerColour = error();
        ownerText = QCoreApplication::translate("MapRenderer", "No owner");
    }
    const Footer f = footer(card, look, body);
    if (!ownerText.isEmpty() && y + 2 * s + mm.height() <= f.row.top() + 1)
        out.append({Type::CardMeta, ownerColour, {}, QPointF(left, y + 2 * s + mm.ascent()),
                    mm.elidedText(ownerText, Qt::ElideRight, right - left)});
    if (!f.time.isEmpty())
        out.append({Type::CardMeta, inkSoft(), {}, f.timeAt, f.time});
    if (card.pain)
        out.append({Type::Badge, error().darker(115), f.pain, {}, f.painText});
    if (f.channel)
        out.append({Type::CardMeta, inkFaint().darker(115), {}, QPointF(f.row.left(), f.row.top() + mm.ascent()),
                    card.channel});
}

void CardPainter::paintRuns(QPainter &painter, const QList<TextRun> &runs, qreal scale)
{
    for (qsizetype i = 0; i < runs.size(); ++i) {
        const TextRun &run = runs[i];
        if (i == 0 || run.font != runs[i - 1].font)
            painter.setFont(font(run.font, scale));
        if (i == 0 || run.colour != runs[i - 1].colour)
            painter.setPen(run.colour);
        if (run.box.isNull())
            painter.drawText(run.baseline, run.text);
        else
            painter.drawText(run.box, Qt::AlignCenter, run.text);
    }
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

// One bar per title line, as long as the title would run (a rough average
// glyph width: the bars say "a long title" or "a short one", not the words).
// The badges stay: findings must show from afar too.
void CardPainter::paintSketch(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect)
{
    const qreal s = look.scale;
    const QRectF body = bodyOf(rect, s);
    const qreal left = textLeft(body, s);
    const auto badges = badgeRects(look, rect);
    qreal line = (badges.isEmpty() ? textRight(body, s) : badges.last().second.left() - 3 * s) - left;
    const qreal lineHeight = 13 * s;
    const qreal barHeight = 6 * s;
    qreal run = card.title.size() * 5.5 * s;
    painter.setPen(Qt::NoPen);
    painter.setBrush(inkFaint());
    for (qreal y = body.top() + 8 * s; run > 0 && y + barHeight <= body.bottom() - lineHeight; y += lineHeight) {
        painter.drawRect(QRectF(left, y, qMin(run, line), barHeight));
        run -= line;
        line = textRight(body, s) - left;
    }
}

} // namespace stagecraft
