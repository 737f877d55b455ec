#include "gridpainter.h"

#include "renderstyle.h"
#include "textfit.h"

#include <QFontMetricsF>

namespace stagecraft {

using namespace renderstyle;

void GridPainter::paint(QPainter &painter, const MapLayout &layout, const QRectF &exposed)
{
    const QRectF area = exposed.isNull() ? layout.bounds() : exposed.intersected(layout.bounds());
    if (area.isEmpty())
        return;
    painter.save();
    if (!exposed.isNull())
        painter.setClipRect(area, Qt::IntersectClip); // rows and lines span the map; draw only what was asked
    painter.fillRect(area, paper());
    paintLanes(painter, layout, area);
    paintHeaders(painter, layout, area);
    paintBlueprintLines(painter, layout);
    painter.restore();
}

void GridPainter::paintLanes(QPainter &painter, const MapLayout &layout, const QRectF &area)
{
    const qreal s = layout.metrics().typeScale;
    const QRectF grid = layout.gridRect();
    for (const MapLayout::LaneRow &lane : layout.lanes()) {
        if (!lane.header.united(lane.row).intersects(area))
            continue;
        painter.fillRect(lane.row, laneTint(lane.kind));
        painter.fillRect(lane.header, laneTint(lane.kind).darker(103));
        painter.fillRect(QRectF(lane.header.left(), lane.header.top(), 3.5 * s, lane.header.height()),
                         laneAccent(lane.kind));
        const qreal left = lane.header.left() + 3.5 * s + 9 * s;
        const qreal width = lane.header.right() - 8 * s - left;
        const QFont name = font(Type::LaneName, s);
        painter.setPen(ink());
        const qreal y = textfit::draw(painter, textfit::lines(lane.name, name, width, 3), name, left,
                                      lane.header.top() + 10 * s, width);
        // The kind under the name, unless the name already says it ("Customer").
        const QString kindTitle = laneKindTitle(lane.kind);
        if (kindTitle.compare(lane.name, Qt::CaseInsensitive) != 0) {
            painter.setPen(laneAccent(lane.kind));
            const QFont kind = font(Type::LaneKind, s);
            textfit::draw(painter, textfit::lines(kindTitle, kind, width, 2), kind, left, y + 2 * s, width);
        }
    }
    // Hairlines between cells: present on paper, never louder than the cards.
    painter.setPen(QPen(rule(), 0.75 * s));
    for (const MapLayout::StageColumn &stage : layout.stages())
        if (stage.column.left() >= area.left() - 1 && stage.column.left() <= area.right() + 1)
            painter.drawLine(QPointF(stage.column.left(), grid.top()), QPointF(stage.column.left(), grid.bottom()));
    painter.setPen(QPen(rule().darker(108), 0.9 * s));
    for (const MapLayout::LaneRow &lane : layout.lanes())
        painter.drawLine(QPointF(0, lane.row.bottom()), QPointF(grid.right(), lane.row.bottom()));
}

void GridPainter::paintHeaders(QPainter &painter, const MapLayout &layout, const QRectF &area)
{
    const qreal s = layout.metrics().typeScale;
    const QRectF grid = layout.gridRect();
    const qreal phaseHeight = layout.metrics().scaled(layout.metrics().phaseBandHeight);
    // The corner continues both bands, so the header reads as one frame.
    painter.fillRect(QRectF(0, 0, grid.left(), phaseHeight), phaseFill(0));
    painter.fillRect(QRectF(0, phaseHeight, grid.left(), grid.top() - phaseHeight), headerFill());

    const QFont phaseFont = font(Type::PhaseName, s);
    const QFontMetricsF pm(phaseFont);
    int index = 0;
    for (const MapLayout::PhaseBand &phase : layout.phases()) {
        const int i = index++;
        if (!phase.rect.intersects(area))
            continue;
        painter.fillRect(phase.rect, phaseFill(i + 1));
        painter.setFont(phaseFont);
        painter.setPen(Qt::white);
        const QRectF text = phase.rect.adjusted(10 * s, 0, -8 * s, 0);
        painter.drawText(QPointF(text.left(), text.center().y() + (pm.ascent() - pm.descent()) / 2),
                         pm.elidedText(phase.name, Qt::ElideRight, text.width()));
    }
    const QFont stageFont = font(Type::StageName, s);
    const qreal lineHeight = textfit::lineHeight(stageFont);
    for (const MapLayout::StageColumn &stage : layout.stages()) {
        if (!stage.header.intersects(area))
            continue;
        painter.fillRect(stage.header, headerFill());
        const qreal width = stage.header.width() - 16 * s;
        const QStringList lines = textfit::lines(stage.name, stageFont, width, 2);
        const qreal top = stage.header.center().y() - lines.size() * lineHeight / 2;
        painter.setPen(ink());
        textfit::draw(painter, lines, stageFont, stage.header.left() + 8 * s, top, width, Qt::AlignHCenter);
        painter.setPen(QPen(rule(), 0.75 * s));
        painter.drawLine(QPointF(stage.header.left(), stage.header.top() + 6 * s),
                         QPointF(stage.header.left(), stage.header.bottom() - 6 * s));
    }
    painter.setPen(QPen(rule().darker(125), 1.0 * s));
    painter.drawLine(QPointF(0, grid.top()), QPointF(grid.right(), grid.top()));
    painter.drawLine(QPointF(grid.left(), grid.top()), QPointF(grid.left(), grid.bottom()));
}

void GridPainter::paintBlueprintLines(QPainter &painter, const MapLayout &layout)
{
    const qreal s = layout.metrics().typeScale;
    const QRectF grid = layout.gridRect();
    const QFont f = font(Type::LineLabel, s);
    const QFontMetricsF fm(f);
    painter.setRenderHint(QPainter::Antialiasing);
    for (const MapLayout::BlueprintLine &line : layout.blueprintLines()) {
        QPen pen(QColor(0x7b8794), 1.1 * s, Qt::CustomDashLine, Qt::FlatCap);
        pen.setDashPattern({6, 3});
        painter.setPen(pen);
        painter.drawLine(QPointF(0, line.y), QPointF(grid.right(), line.y));
        // The label sits on the line inside the lane header column, where no card can hide it.
        const qreal w = std::min(fm.horizontalAdvance(line.label) + 8 * s, grid.left() - 6 * s);
        const QRectF pill(4 * s, line.y - fm.height() / 2 - 1 * s, w, fm.height() + 2 * s);
        painter.setPen(QPen(QColor(0x7b8794), 0.8 * s));
        painter.setBrush(paper());
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
        painter.setFont(f);
        painter.setPen(QColor(0x52606d));
        painter.drawText(pill, Qt::AlignCenter, fm.elidedText(line.label, Qt::ElideRight, pill.width() - 6 * s));
    }
}

} // namespace stagecraft
