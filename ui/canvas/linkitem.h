#pragma once

#include "model/elements.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace stagecraft {

class MapScene;

// One link between two cards, routed by the layout and painted by the core renderer.
class LinkItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    LinkItem(MapScene *scene, const Link &link, const QPainterPath &path);

    int type() const override { return Type; }
    LinkId id() const { return m_link.id; }
    bool setLink(const Link &link);
    void setPath(const QPainterPath &path);
    const QPainterPath &path() const { return m_path; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapScene *m_scene;
    Link m_link;
    QPainterPath m_path;
    QPainterPath m_shape;
    QRectF m_bounds;
};

} // namespace stagecraft
