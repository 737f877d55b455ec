#pragma once

#include "model/elements.h"

#include <QGraphicsObject>

namespace stagecraft {

class MapScene;

// One card on the canvas. It paints through the core renderer; it handles
// the mouse for moving (drag), linking (drag from the edge handle), editing
// (double-click) and finding tooltips (hover on a badge).
class CardItem : public QGraphicsItem {
public:
    enum { Type = UserType + 1 };

    CardItem(MapScene *scene, const Touchpoint &touchpoint, const QRectF &rect);

    int type() const override { return Type; }
    TouchpointId id() const { return m_touchpoint.id; }
    const Touchpoint &touchpoint() const { return m_touchpoint; }
    // Returns whether anything visible changed.
    bool setTouchpoint(const Touchpoint &touchpoint);
    bool setRect(const QRectF &rect); // whether it moved or resized
    QRectF rect() const { return m_rect; }
    // The handle on the right edge that starts a link.
    QRectF handleRect() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;

private:
    enum class Gesture { None, Pressed, Moving, Linking };

    MapScene *mapScene() const { return m_scene; }
    QList<TouchpointId> movingIds() const;

    MapScene *m_scene;
    Touchpoint m_touchpoint;
    QRectF m_rect; // local: (0, 0, width, height); pos() is the top-left in the scene
    bool m_hovered = false;
    Gesture m_gesture = Gesture::None;
    QPointF m_pressPos;
};

} // namespace stagecraft
