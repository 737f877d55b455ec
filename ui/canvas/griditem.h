#pragma once

#include <QGraphicsItem>

namespace stagecraft {

class MapScene;

// The grid under the cards: lane bands, cells and the service-blueprint
// lines. Paints only the exposed part, through the core renderer.
class GridItem : public QGraphicsItem {
public:
    explicit GridItem(MapScene *scene);

    void setRect(const QRectF &rect);
    QRectF boundingRect() const override { return m_rect; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapScene *m_scene;
    QRectF m_rect;
};

// The keyboard cell cursor: a highlighted cell that Enter fills.
class CursorItem : public QGraphicsItem {
public:
    CursorItem();

    void setRect(const QRectF &rect);
    QRectF boundingRect() const override { return m_rect.adjusted(-3, -3, 3, 3); }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF m_rect;
};

} // namespace stagecraft
