#pragma once

#include "layout/linkrouter.h"
#include "model/elements.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace stagecraft {

class MapScene;

// One link's line between two cards, along its layout route, painted by the
// core renderer under the cards. Its label is painted over the cards by the
// scene's LinkLabelLayer, as the exported map draws it.
class LinkItem : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    LinkItem(MapScene *scene, const Link &link);

    int type() const override { return Type; }
    LinkId id() const { return m_link.id; }
    bool setLink(const Link &link);
    // Takes the route from the scene's current layout.
    void updateGeometry();

    QRectF boundingRect() const override { return m_bounds; }
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    MapScene *m_scene;
    Link m_link;
    LinkRoute m_route; // empty line: not on the map
    mutable QPainterPath m_shape; // the clickable outline, made on first hit-test
    QRectF m_bounds;
};

} // namespace stagecraft
