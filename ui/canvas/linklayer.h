#pragma once

#include "layout/linkrouter.h"
#include "linkslots.h"
#include "model/elements.h"

#include <QGraphicsItem>

namespace stagecraft {

class MapScene;

// Every link's line (and arrowhead) as one item under the cards, painted by
// the core renderer's LinkPainter. One item per link cost QGraphicsScene about
// 1.3 KB each in per-view bookkeeping (30,000 links on a 10,000-card map),
// and an item repaints its whole bounding rect when it moves: a long link
// whose far end slid down with a row repainted most of the view. This layer
// repaints only the part of a route that changed, paints only the routes
// crossing the repainted parts, and finds the link under a point for the
// scene (select, context menu). The labels are LinkLabelLayer's, over the cards.
class LinkLayer : public QGraphicsItem {
public:
    enum { Type = UserType + 2 };

    explicit LinkLayer(MapScene *scene);

    int type() const override { return Type; }
    // Grows with headroom and never shrinks (see the .cpp).
    void setBounds(const QRectF &bounds);
    // Forgets the links the map no longer has (repainting where they were)
    // and keeps the others by their new places in map.links. Before syncLink.
    void follow(const JourneyMap &map);
    // Repaints what of the line of the link at `index` in map.links changed
    // since it was last synced, given its route now (null: not routed); all
    // of it when `whole` (its ends' owners changed: a faded look may have too).
    void syncLink(const Link &link, qsizetype index, const LinkRoute *route, bool whole);
    void setSelectedLink(LinkId id);
    LinkId selectedLink() const { return m_selected; }
    // The topmost link whose line or arrowhead passes within easy clicking
    // reach of `scenePos`; invalid if none.
    LinkId linkAt(const QPointF &scenePos) const;

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    struct Known {
        LinkRoute route;
        LinkKind kind;
    };
    QRectF lineArea(const LinkRoute &route) const;
    void repaintLine(LinkId id);
    void repaint(const QRectF &area);

    MapScene *m_scene;
    QRectF m_bounds;
    LinkId m_selected;
    LinkSlots<Known> m_known; // each link's line as last painted or asked for
};

} // namespace stagecraft
