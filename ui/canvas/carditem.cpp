#include "carditem.h"

#include "docks/ownersdock.h"
#include "mapscene.h"
#include "mapselection.h"
#include "model/journeydocument.h"
#include "render/maprenderer.h"
#include "layout/maplayout.h"

#include <QApplication>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QToolTip>

namespace stagecraft {

CardItem::CardItem(MapScene *scene, const Touchpoint &touchpoint, const QRectF &rect)
    : m_scene(scene), m_touchpoint(touchpoint)
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setAcceptDrops(true);
    setZValue(10);
    setRect(rect);
}

bool CardItem::setTouchpoint(const Touchpoint &touchpoint)
{
    if (touchpoint == m_touchpoint)
        return false;
    m_touchpoint = touchpoint;
    update();
    return true;
}

bool CardItem::setRect(const QRectF &sceneRect)
{
    bool changed = false;
    const QRectF local(QPointF(0, 0), sceneRect.size());
    if (local != m_rect) {
        prepareGeometryChange();
        m_rect = local;
        changed = true;
    }
    if (pos() != sceneRect.topLeft()) {
        setPos(sceneRect.topLeft());
        changed = true;
    }
    return changed;
}

QRectF CardItem::handleRect() const
{
    // On the middle of the right edge, where links leave a card.
    const qreal d = 14 * m_scene->layout().metrics().typeScale;
    return QRectF(m_rect.right() - d / 2, m_rect.center().y() - d / 2, d, d);
}

QRectF CardItem::boundingRect() const
{
    // Badges and the link handle stick out a little past the card.
    return m_rect.adjusted(-8, -8, 12, 8);
}

void CardItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    m_scene->paintCard(painter, m_touchpoint, m_rect, isSelected(), m_hovered);
    if (m_hovered && !m_scene->document()->isReadOnly()) {
        // The link handle is editor chrome: shown on hover, never exported.
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(QColor(0x2d, 0x6c, 0xdf));
        painter->drawEllipse(handleRect().adjusted(1, 1, -1, -1));
    }
}

void CardItem::hoverEnterEvent(QGraphicsSceneHoverEvent *event)
{
    m_hovered = true;
    update();
    hoverMoveEvent(event);
}

void CardItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    setCursor(handleRect().contains(event->pos()) ? Qt::CrossCursor : Qt::ArrowCursor);
    std::optional<Severity> badge;
    for (const auto &[severity, rect] : m_scene->renderer().badgeRects(m_touchpoint, m_rect))
        if (rect.adjusted(-2, -2, 2, 2).contains(event->pos()))
            badge = severity;
    if (badge) {
        // The tooltip says why: the findings of the hovered badge's severity.
        QStringList lines;
        for (const Finding *f : m_scene->findingsOn(id()))
            if (f->severity == *badge)
                lines << QStringLiteral("• ") + f->message();
        setToolTip(lines.join(QLatin1Char('\n')));
    } else {
        setToolTip(handleRect().contains(event->pos())
                       ? QObject::tr("Drag to another card to link them (Shift: flow, Ctrl: supports, Alt: hand-off)")
                       : QString());
    }
}

void CardItem::hoverLeaveEvent(QGraphicsSceneHoverEvent *)
{
    m_hovered = false;
    update();
}

QList<TouchpointId> CardItem::movingIds() const
{
    QList<TouchpointId> ids;
    if (isSelected())
        ids = m_scene->selection()->touchpoints();
    if (!ids.contains(id()))
        ids = {id()};
    return ids;
}

void CardItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QGraphicsItem::mousePressEvent(event);
        return;
    }
    m_pressPos = event->scenePos();
    m_gesture = handleRect().contains(event->pos()) ? Gesture::Linking : Gesture::Pressed;
    if (m_gesture == Gesture::Pressed && !isSelected() && !(event->modifiers() & Qt::ControlModifier))
        m_scene->clearSelection();
    if (m_gesture == Gesture::Pressed)
        setSelected(event->modifiers() & Qt::ControlModifier ? !isSelected() : true);
    event->accept();
}

void CardItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_gesture == Gesture::Pressed
        && (event->scenePos() - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_gesture = Gesture::Moving;
    if (m_gesture == Gesture::Moving && !m_scene->document()->isReadOnly())
        m_scene->dragCards(movingIds(), event->scenePos() - m_pressPos, event->scenePos());
    else if (m_gesture == Gesture::Linking)
        m_scene->dragLink(id(), event->scenePos());
}

void CardItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    const Gesture gesture = m_gesture;
    m_gesture = Gesture::None;
    // The scene may delete and recreate items in reply: touch nothing after.
    if (gesture == Gesture::Moving)
        m_scene->dropCards(movingIds(), event->scenePos());
    else if (gesture == Gesture::Linking)
        m_scene->dropLink(id(), event->scenePos(), event->modifiers());
}

void CardItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT m_scene->editTitleRequested(id());
}

void CardItem::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(OwnersDock::mimeType()));
}

void CardItem::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const OwnerId owner(event->mimeData()->data(OwnersDock::mimeType()).toLongLong());
    event->acceptProposedAction();
    m_scene->dropOwner(id(), owner);
}

} // namespace stagecraft
