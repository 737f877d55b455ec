#pragma once

#include "linkslots.h"

#include <QGraphicsItem>

namespace stagecraft {

class MapScene;
struct LinkRoute;

// Every link's label (its agreed and wait times, the hand-off marker) as one
// item over the cards. Labels are never clicked, and placing all of them up
// front (each looks for a spot that covers no card) was most of the time it
// took to open a large map: this item places and paints only the labels in
// the region being painted.
class LinkLabelLayer : public QGraphicsItem {
public:
    explicit LinkLabelLayer(MapScene *scene);

    static bool hasLabel(const Link &link);

    void setBounds(const QRectF &bounds);
    // Forgets the labels of links the map no longer has (repainting where
    // they were) and keeps the others by their new places in map.links.
    void follow(const JourneyMap &map);
    // Repaints the label of the link at `index` in map.links where it was
    // last painted and where it goes now.
    void updateLink(const Link &link, qsizetype index);
    // The same without placing the label (a search for room among the
    // cards): where it was painted and anywhere it may go now. For edits
    // that move many links at once.
    void updateMoved(const Link &link, qsizetype index, const LinkRoute *route);
    // The selected link's label is drawn selected.
    void setSelectedLink(LinkId id);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF reach(const QRectF &routeBounds) const;
    QRectF areaOf(const Link &link, qsizetype index) const;
    void updateLink(LinkId id); // by id alone: a pass over the ids
    void repaintWherePainted(const Link &link, qsizetype index);
    QRectF areaAround(const QPointF &labelPos, const QRectF &label) const;
    void repaint(const QRectF &area);

    MapScene *m_scene;
    QRectF m_bounds;
    LinkId m_selected;
    LinkSlots<QRectF> m_painted; // where each label was last painted

};

} // namespace stagecraft
