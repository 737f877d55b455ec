#include "headeritem.h"

#include "commands/edit.h"
#include "headermenu.h"
#include "mapscene.h"
#include "mapselection.h"
#include "model/journeydocument.h"
#include "render/maprenderer.h"

#include <QApplication>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>

namespace stagecraft {

HeaderItem::HeaderItem(MapScene *scene, Kind kind, qint64 id, const QRectF &rect)
    : m_scene(scene), m_kind(kind), m_id(id)
{
    setFlags(ItemIsSelectable);
    setZValue(20); // above cards, so a wide map scrolls under its headers
    setRect(rect);
}

QString HeaderItem::kindName() const
{
    return m_kind == Kind::Phase ? QStringLiteral("phase")
           : m_kind == Kind::Stage ? QStringLiteral("stage")
                                   : QStringLiteral("lane");
}

void HeaderItem::setRect(const QRectF &sceneRect)
{
    // Every edit of cards sets every header's rect (rows grow with their
    // cards): repaint only those that moved or resized.
    const QRectF local(QPointF(0, 0), sceneRect.size());
    if (local == m_rect && pos() == sceneRect.topLeft())
        return;
    if (local != m_rect) {
        prepareGeometryChange();
        m_rect = local;
    }
    setPos(sceneRect.topLeft());
    update();
}

QRectF HeaderItem::boundingRect() const { return m_rect; }

void HeaderItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    // The renderer draws headers as part of the background: paint that part,
    // shifted here, so a dragged header carries its own look along.
    const QRectF home = m_scene->headerRect(kindName(), m_id);
    painter->save();
    painter->setClipRect(m_rect);
    painter->translate(-home.topLeft());
    m_scene->renderer().paintBackground(*painter, home);
    painter->restore();
    if (isSelected()) {
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(QColor(0x2d, 0x6c, 0xdf), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(m_rect.adjusted(1, 1, -1, -1));
    }
}

void HeaderItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QGraphicsItem::mousePressEvent(event);
    m_pressPos = event->scenePos();
    m_dragging = false;
    m_scene->clearSelection();
    setSelected(true);
    event->accept();
}

void HeaderItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF delta = event->scenePos() - m_pressPos;
    if (!m_dragging && delta.manhattanLength() < QApplication::startDragDistance())
        return;
    if (m_scene->document()->isReadOnly())
        return;
    m_dragging = true;
    // Headers slide along their own axis only.
    const QRectF home = m_scene->headerRect(kindName(), m_id);
    setPos(m_kind == Kind::Lane ? QPointF(home.x(), home.y() + delta.y()) : QPointF(home.x() + delta.x(), home.y()));
    setOpacity(0.8);
    setZValue(30);
}

void HeaderItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const bool dragged = m_dragging;
    m_dragging = false;
    setOpacity(1.0);
    setZValue(20);
    setPos(m_scene->headerRect(kindName(), m_id).topLeft());
    if (dragged)
        reorderTo(event->scenePos()); // may delete this item: last statement
}

void HeaderItem::reorderTo(const QPointF &pos)
{
    JourneyDocument &doc = *m_scene->document();
    const JourneyMap &map = m_scene->map();
    const auto [stageIndex, laneIndex] = m_scene->cellIndexAt(pos);
    if (m_kind == Kind::Lane) {
        if (laneIndex >= 0)
            edit::moveLane(doc, LaneId(m_id), laneIndex);
    } else if (m_kind == Kind::Stage) {
        if (stageIndex >= 0) {
            const Stage &target = map.stages.at(stageIndex);
            edit::moveStage(doc, StageId(m_id), target.phase, map.stageIndexInPhase(target.id));
        }
    } else if (stageIndex >= 0) {
        edit::movePhase(doc, PhaseId(m_id), map.phaseIndex(map.stages.at(stageIndex).phase));
    }
}

void HeaderItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT m_scene->editHeaderRequested(kindName(), m_id);
}

void HeaderItem::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    m_scene->clearSelection();
    setSelected(true);
    HeaderMenu::exec(m_scene, m_kind, m_id, event->screenPos());
    event->accept();
}

} // namespace stagecraft
