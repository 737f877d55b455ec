#pragma once

#include <QGraphicsItem>
#include <QString>

namespace stagecraft {

class MapScene;

// A phase, stage or lane header: painted by the core renderer; selecting it
// shows its properties, dragging it reorders, its context menu edits the grid.
class HeaderItem : public QGraphicsItem {
public:
    enum { Type = UserType + 3 };
    enum class Kind { Phase, Stage, Lane };

    HeaderItem(MapScene *scene, Kind kind, qint64 id, const QRectF &rect);

    int type() const override { return Type; }
    Kind kind() const { return m_kind; }
    qint64 id() const { return m_id; }
    QString kindName() const; // "phase", "stage", "lane"
    void setRect(const QRectF &sceneRect);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void reorderTo(const QPointF &scenePos);

    MapScene *m_scene;
    Kind m_kind;
    qint64 m_id;
    QRectF m_rect;
    QPointF m_pressPos;
    bool m_dragging = false;
};

} // namespace stagecraft
