#include "legendpainter.h"

#include "render/renderstyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainterPath>
#include <QSet>

namespace stagecraft {

using namespace renderstyle;

namespace {

constexpr qreal RowHeight = 13;
constexpr qreal HeadingWidth = 62;
constexpr qreal ItemGap = 12;
constexpr qreal IconGap = 4;

QString tr(const char *text) { return QCoreApplication::translate("LegendPainter", text); }

QFont itemFont() { return pageFont(7); }
QFont headingFont() { return pageFont(6, QFont::Bold, true); }

void linkSample(QPainter &p, const QRectF &r, LinkKind kind)
{
    QPen pen(linkColor(kind), 1.1);
    if (kind == LinkKind::Supports)
        pen.setDashPattern({3.5, 2.5});
    p.setPen(pen);
    const qreal y = r.center().y();
    p.drawLine(QPointF(r.left(), y), QPointF(r.right() - 4, y));
    p.setPen(Qt::NoPen);
    p.setBrush(linkColor(kind));
    p.drawPolygon(QPolygonF({QPointF(r.right(), y), QPointF(r.right() - 5, y - 2.4), QPointF(r.right() - 5, y + 2.4)}));
    if (kind == LinkKind::Handoff) {
        const QRectF disc(r.center().x() - 4, y - 3.5, 7, 7);
        p.setBrush(QColor(0x3d7fd1));
        p.drawPie(disc, 90 * 16, 180 * 16);
        p.setBrush(QColor(0x5a9e4b));
        p.drawPie(disc, -90 * 16, 180 * 16);
    }
}

void badge(QPainter &p, const QRectF &r, const QColor &colour, const QString &text)
{
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawEllipse(r);
    p.setFont(pageFont(5, QFont::Bold));
    p.setPen(Qt::white);
    p.drawText(r, Qt::AlignCenter, text);
}

} // namespace

LegendPainter::LegendPainter(const JourneyMap &map, const AnalysisResult *analysis)
{
    Group lanes{tr("Lanes"), {}};
    QSet<int> seen;
    for (const Lane &lane : map.lanes) {
        if (seen.contains(int(lane.kind)))
            continue;
        seen.insert(int(lane.kind));
        const LaneKind kind = lane.kind;
        lanes.items.push_back({[kind](QPainter &p, const QRectF &r) {
                                   p.fillRect(r, laneTint(kind).darker(104));
                                   p.fillRect(QRectF(r.left(), r.top(), 2.5, r.height()), laneAccent(kind));
                               },
                               laneKindTitle(kind), 14});
    }
    m_groups.push_back(lanes);

    Group owners{tr("Owners"), {}};
    for (const Owner &o : map.owners) {
        const QColor c = o.color;
        const QString label = o.accountable.isEmpty() ? o.name : QStringLiteral("%1 (%2)").arg(o.name, o.accountable);
        owners.items.push_back({[c](QPainter &p, const QRectF &r) { p.fillRect(r.adjusted(0, 1, 0, -1), c); }, label, 4});
    }
    owners.items.push_back({[](QPainter &p, const QRectF &r) {
                                p.setPen(QPen(error().lighter(135), 0.8, Qt::DashLine));
                                p.setBrush(paper());
                                p.drawRoundedRect(r.adjusted(0.5, 1, -0.5, -1), 1.5, 1.5);
                            },
                            tr("No owner"), 12});
    m_groups.push_back(owners);

    Group marks{tr("Cards"), {}};
    marks.items.push_back({[](QPainter &p, const QRectF &r) {
                               p.setPen(QPen(inkSoft(), 0.7));
                               p.setBrush(Qt::NoBrush);
                               const QPointF c = r.center();
                               p.drawEllipse(c, 3, 3);
                               p.drawLine(c, c + QPointF(0, -2));
                               p.drawLine(c, c + QPointF(1.5, 0));
                           },
                           tr("Processing time"), 8});
    marks.items.push_back({[](QPainter &p, const QRectF &r) {
                               p.setPen(Qt::NoPen);
                               p.setBrush(QColor(0xfbe3e3));
                               p.drawRoundedRect(r, 1.5, 1.5);
                               p.setPen(error().darker(115));
                               p.setFont(pageFont(4, QFont::Bold));
                               p.drawText(r, Qt::AlignCenter, tr("PAIN"));
                           },
                           tr("Pain point"), 18});
    marks.items.push_back({[](QPainter &p, const QRectF &r) {
                               for (int e = -2; e <= 2; ++e) {
                                   p.setPen(Qt::NoPen);
                                   p.setBrush(emotionColor(e));
                                   p.drawEllipse(QPointF(r.left() + 3 + (e + 2) * 7.5, r.center().y()), 3, 3);
                               }
                           },
                           tr("Emotion, from very negative to very positive"), 36});
    m_groups.push_back(marks);

    if (analysis) {
        int seenInfo = 0;
        Group findings{tr("Findings"), {}};
        int errors = 0, warnings = 0;
        for (const Finding &f : analysis->findings)
            (f.severity == Severity::Error ? errors : f.severity == Severity::Warning ? warnings : seenInfo) += 1;
        findings.items.push_back({[errors](QPainter &p, const QRectF &r) { badge(p, r, error(), QString::number(errors)); },
                                  tr("Errors: break the journey (count on the card)"), 8});
        findings.items.push_back({[warnings](QPainter &p, const QRectF &r) {
                                      badge(p, r, warning(), QString::number(warnings));
                                  },
                                  tr("Warnings: drift to watch"), 8});
        m_groups.push_back(findings);
    }

    Group links{tr("Links"), {}};
    links.items.push_back({[](QPainter &p, const QRectF &r) { linkSample(p, r, LinkKind::Flow); }, tr("Customer's next step"), 26});
    links.items.push_back({[](QPainter &p, const QRectF &r) { linkSample(p, r, LinkKind::Supports); },
                           tr("Supports (back-stage makes it possible)"), 26});
    links.items.push_back({[](QPainter &p, const QRectF &r) { linkSample(p, r, LinkKind::Handoff); },
                           tr("Hand-off between departments, with agreed time"), 26});
    m_groups.push_back(links);
}

qreal LegendPainter::flow(qreal width, const std::function<void(const Group &, const Item *, QPointF)> &place) const
{
    const QFontMetricsF fm(itemFont());
    qreal y = 0;
    for (const Group &g : m_groups) {
        if (place)
            place(g, nullptr, QPointF(0, y));
        qreal x = HeadingWidth;
        for (const Item &item : g.items) {
            const qreal w = item.iconWidth + IconGap + fm.horizontalAdvance(item.label);
            if (x > HeadingWidth && x + w > width) {
                x = HeadingWidth;
                y += RowHeight;
            }
            if (place)
                place(g, &item, QPointF(x, y));
            x += w + ItemGap;
        }
        y += RowHeight;
    }
    return y;
}

qreal LegendPainter::height(qreal width) const { return flow(width, {}); }

void LegendPainter::paint(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFont item = itemFont(), heading = headingFont();
    const QFontMetricsF fm(item), hm(heading);
    flow(rect.width(), [&](const Group &g, const Item *it, QPointF at) {
        const QPointF origin = rect.topLeft() + at;
        const qreal mid = origin.y() + RowHeight / 2;
        if (!it) {
            painter.setFont(heading);
            painter.setPen(inkSoft());
            painter.drawText(QPointF(origin.x(), mid + (hm.ascent() - hm.descent()) / 2), g.heading);
            return;
        }
        it->icon(painter, QRectF(origin.x(), mid - 3.5, it->iconWidth, 7));
        painter.setFont(item);
        painter.setPen(ink());
        painter.drawText(QPointF(origin.x() + it->iconWidth + IconGap, mid + (fm.ascent() - fm.descent()) / 2),
                         it->label);
    });
    painter.restore();
}

} // namespace stagecraft
