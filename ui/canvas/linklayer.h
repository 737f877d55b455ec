#pragma once

#include "layout/linkrouter.h"
#include "model/elements.h"

#include <QGraphicsItem>
#include <QHash>

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
    // Takes the link's route from the scene's layout and repaints what of
    // its line changed since it was last taken; all of it when `whole`
    // (its ends' owners changed: a faded look may have too).
    void syncLink(const Link &link, bool whole = false);
    // The same with the link's route already taken from the layout (null:
    // not routed): a row that grows moves tens of thousands of links.
    void syncLink(const Link &link, const LinkRoute *route, bool whole);
    void removeLink(LinkId id);
    // Forgets the links the map no longer has.
    void removeLinksNotIn(const JourneyMap &map);
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
    QHash<LinkId, Known> m_known; // each link's line as last painted or asked for
};

} // namespace stagecraft
