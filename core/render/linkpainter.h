#pragma once

#include "layout/maplayout.h"

#include <QPainter>

namespace stagecraft {

// Paints one link along its route: flow solid, supports dashed, hand-off in
// its own colour with a marker that shows the change of owner, and the
// agreed and wait times as a label.
class LinkPainter {
public:
    struct Look {
        QColor fromOwner, toOwner; // invalid: unowned
        bool selected = false;
        bool faded = false;
        qreal scale = 1.0;
    };
    // `visible`, when given, is all of the map that will show (the canvas's
    // repainted part): the route is stroked only where it can reach it.
    static void paintLine(QPainter &painter, const Link &link, const MapLayout::LinkRoute &route, const Look &look,
                          const QRectF &visible = {});
    // The hand-off marker on the route, and the label in `box` (see labelBox()).
    static void paintLabel(QPainter &painter, const Link &link, const MapLayout::LinkRoute &route, const Look &look,
                           const QRectF &box);

    // The parts of the above, for painting many links at once (LinkBatch):
    // the line's pen (its colour is the arrowhead's too), the hand-off
    // marker at `at` (with the painter's antialiasing and opacity as they
    // are), and the label box's pen, brush and text colour.
    static QPen linePen(const Link &link, const Look &look);
    // The pen as the canvas draws it through `toDevice`. Qt's raster engine
    // draws a line of up to one device pixel directly, as a hairline, but
    // outlines a wider pen and fills the outline: three times the work, and
    // most of a repaint of a view full of links. A line of up to 1.5 device
    // pixels (1.1 at 100 %) is drawn as a 1-pixel hairline, its dashes as
    // long as they were: the eye cannot tell them apart. Wider pens, and
    // every export, keep the exact pen.
    static QPen screenPen(const QPen &pen, const QTransform &toDevice);
    static void paintMarker(QPainter &painter, QPointF at, const Look &look);
    // What the marker at `at` covers: its disc, its ring and their antialiasing.
    static QRectF markerArea(QPointF at, qreal scale);
    static QPen labelPen(qreal scale);
    static QBrush labelBrush();
    static QColor labelTextColour(const Link &link);
    static QString labelText(const Link &link); // empty: no label
    // Where the label goes when nothing is in the way: under the route's middle.
    static QRectF labelBox(const Link &link, const MapLayout::LinkRoute &route, qreal scale);
};

} // namespace stagecraft
