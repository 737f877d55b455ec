#include "linkpainter.h"

#include "renderstyle.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainterPath>
#include <algorithm>
#include <QFontMetricsF>

namespace stagecraft {

using namespace renderstyle;

QPen LinkPainter::linePen(const Link &link, const Look &look)
{
    const QColor colour = look.selected ? selection() : linkColor(link.kind);
    QPen pen(colour, (look.selected ? 2.0 : 1.1) * look.scale, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    if (link.kind == LinkKind::Supports) {
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern({3.5, 2.5});
    }
    return pen;
}

QPen LinkPainter::screenPen(const QPen &pen, const QTransform &toDevice)
{
    if (pen.isCosmetic())
        return pen;
    const qreal width = pen.widthF() * renderstyle::deviceScale(toDevice);
    if (width <= 1 || width > 1.5)
        return pen;
    QPen hairline = pen;
    hairline.setCosmetic(true);
    hairline.setWidthF(1);
    if (pen.style() != Qt::SolidLine) { // a dash pattern counts in pen widths
        QList<qreal> dashes = pen.dashPattern();
        for (qreal &d : dashes)
            d *= width;
        hairline.setDashPattern(dashes);
    }
    return hairline;
}

namespace {

// One segment of a path: a line (its control points are its ends) or a cubic.
struct Segment {
    QPointF from, c1, c2, to;
    bool curve = false;
    bool startsSubpath = false;
    int lastElement = 0; // the path's element that ends it
};

// Calls `f` with each segment whose elements end at or before `upTo`.
template <typename F>
void forEachSegment(const QPainterPath &path, int upTo, F &&f)
{
    QPointF at;
    bool afterMove = false;
    for (int i = 0; i <= upTo;) {
        const QPainterPath::Element e = path.elementAt(i);
        if (e.isMoveTo()) {
            at = e, afterMove = true;
            ++i;
            continue;
        }
        const bool curve = e.isCurveTo();
        const int last = i + (curve ? 2 : 0);
        const QPointF to = path.elementAt(last);
        f(Segment{at, curve ? QPointF(e) : at, curve ? QPointF(path.elementAt(i + 1)) : to, to, curve, afterMove, last});
        at = to, afterMove = false;
        i = last + 1;
    }
}

// Whether a segment's control points reach into `area` (a level line's
// rect has no height: QRectF::intersects would say never).
bool reaches(const Segment &s, const QRectF &area)
{
    return std::max({s.from.x(), s.c1.x(), s.c2.x(), s.to.x()}) >= area.left()
        && std::min({s.from.x(), s.c1.x(), s.c2.x(), s.to.x()}) <= area.right()
        && std::max({s.from.y(), s.c1.y(), s.c2.y(), s.to.y()}) >= area.top()
        && std::min({s.from.y(), s.c1.y(), s.c2.y(), s.to.y()}) <= area.bottom();
}

// What of a route's path can show in `visible`. Stroking costs all along
// the path, and on a large map a link runs for thousands of pixels, mostly
// out of view: each of the view's few thousand links was stroked whole.
// Solid: the segments that reach `visible`. Dashed: everything up to the
// last of those, so that the dashes fall where they always do (the pattern
// starts where the path starts; QPainter's dasher itself skips the dashes
// off the device).
QPainterPath visiblePart(const QPainterPath &path, const QRectF &visible, bool dashed)
{
    int last = -1; // the last element of a segment that reaches `visible`
    forEachSegment(path, path.elementCount() - 1, [&](const Segment &s) {
        if (reaches(s, visible))
            last = s.lastElement;
    });
    QPainterPath part;
    bool open = false;
    forEachSegment(path, last, [&](const Segment &s) {
        const bool shows = dashed || reaches(s, visible);
        if (s.startsSubpath || !shows)
            open = false;
        if (!shows)
            return;
        if (!open)
            part.moveTo(s.from);
        open = true;
        if (s.curve)
            part.cubicTo(s.c1, s.c2, s.to);
        else
            part.lineTo(s.to);
    });
    return part;
}

} // namespace

void LinkPainter::paintLine(QPainter &painter, const Link &link, const MapLayout::LinkRoute &route, const Look &look,
                            const QRectF &visible)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (look.faded)
        painter.setOpacity(0.2);
    const QPen pen = linePen(link, look);
    painter.setBrush(Qt::NoBrush);
    const QPainterPath path = route.line.toPath();
    if (visible.isNull()) {
        painter.setPen(pen);
        painter.drawPath(path);
    } else {
        painter.setPen(screenPen(pen, painter.deviceTransform()));
        const qreal m = pen.widthF() + 2; // caps, joins and antialiasing
        painter.drawPath(visiblePart(path, visible.adjusted(-m, -m, m, m), pen.style() != Qt::SolidLine));
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(pen.color());
    painter.drawPolygon(route.arrowHead.data(), int(route.arrowHead.size()));
    painter.restore();
}

QString LinkPainter::labelText(const Link &link)
{
    QStringList parts;
    if (link.agreedTime)
        parts << QCoreApplication::translate("MapRenderer", "agreed %1").arg(link.agreedTime->toDisplay());
    else if (link.kind == LinkKind::Handoff)
        parts << QCoreApplication::translate("MapRenderer", "no agreed time");
    if (link.waitTime)
        parts << QCoreApplication::translate("MapRenderer", "waits %1").arg(link.waitTime->toDisplay());
    return parts.join(QLatin1Char('\n'));
}

namespace {
// A map has tens of thousands of labels but only a few dozen distinct texts
// ("agreed 2 h"), and laying text out is what placing labels costs: measure
// each text once per scale.
QSizeF measuredLabel(const QString &text, qreal s)
{
    thread_local QHash<QPair<QString, qreal>, QSizeF> sizes;
    const QPair<QString, qreal> key(text, s);
    if (const auto it = sizes.constFind(key); it != sizes.cend())
        return it.value();
    if (sizes.size() > 4096)
        sizes.clear(); // free-text times could make it grow without end
    const QFontMetricsF fm(font(Type::LinkLabel, s));
    const QSizeF size = fm.boundingRect(QRectF(0, 0, 1000 * s, 1000 * s), Qt::AlignCenter, text).size();
    sizes.insert(key, size);
    return size;
}
} // namespace

QRectF LinkPainter::labelBox(const Link &link, const MapLayout::LinkRoute &route, qreal s)
{
    const QString text = labelText(link);
    if (text.isEmpty())
        return {};
    const QSizeF textSize = measuredLabel(text, s);
    const QSizeF size(textSize.width() + 6 * s, textSize.height() + 2 * s);
    const qreal below = link.kind == LinkKind::Handoff ? 5.7 * s : -size.height() / 2;
    return QRectF(QPointF(route.labelPos.x() - size.width() / 2, route.labelPos.y() + below), size);
}

QPen LinkPainter::labelPen(qreal s) { return QPen(rule(), 0.6 * s); }
QBrush LinkPainter::labelBrush() { return QColor(255, 255, 255, 235); }

QColor LinkPainter::labelTextColour(const Link &link)
{
    return link.agreedTime || link.kind != LinkKind::Handoff ? inkSoft() : error();
}

namespace {
constexpr qreal markerRadius = 4.2; // the disc, in map units before the scale
constexpr qreal markerRing = 1.0;   // the paper-coloured ring's width
} // namespace

QRectF LinkPainter::markerArea(QPointF at, qreal scale)
{
    const qreal reach = (markerRadius + markerRing / 2 + 0.3) * scale; // + antialiasing
    return QRectF(at - QPointF(reach, reach), at + QPointF(reach, reach));
}

void LinkPainter::paintMarker(QPainter &painter, QPointF at, const Look &look)
{
    // Two half discs: the work leaves one department's colour for another's.
    const qreal s = look.scale;
    const qreal r = markerRadius * s;
    const QRectF disc(at.x() - r, at.y() - r, 2 * r, 2 * r);
    painter.setPen(Qt::NoPen);
    painter.setBrush(look.fromOwner.isValid() ? look.fromOwner : unownedStripe());
    painter.drawPie(disc, 90 * 16, 180 * 16);
    painter.setBrush(look.toOwner.isValid() ? look.toOwner : unownedStripe());
    painter.drawPie(disc, -90 * 16, 180 * 16);
    painter.setPen(QPen(paper(), markerRing * s));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(disc);
}

void LinkPainter::paintLabel(QPainter &painter, const Link &link, const MapLayout::LinkRoute &route, const Look &look,
                             const QRectF &box)
{
    const qreal s = look.scale;
    const QString text = labelText(link);
    if (link.kind != LinkKind::Handoff && text.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (look.faded)
        painter.setOpacity(0.2);
    if (link.kind == LinkKind::Handoff)
        paintMarker(painter, route.labelPos, look);
    if (!text.isEmpty() && !box.isEmpty()) {
        painter.setPen(labelPen(s));
        painter.setBrush(labelBrush());
        painter.drawRoundedRect(box, 3 * s, 3 * s);
        painter.setFont(font(Type::LinkLabel, s));
        painter.setPen(labelTextColour(link));
        painter.drawText(box, Qt::AlignCenter, text);
    }
    painter.restore();
}

} // namespace stagecraft
