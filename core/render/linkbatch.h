#pragma once

#include "linkpainter.h"

#include <vector>

namespace stagecraft {

// Paints the links of a whole-map paint (exports, printing) in a few
// drawing calls: the lines of one look as one path, the arrowheads of one
// colour as one path, every label box as one path and the label texts
// colour by colour. A PDF page pays for each call with its graphics state
// (colours, pen, save and restore) written out and compressed: per link,
// that state was more than the route itself. It looks as painting link by
// link does, but for what lies where two links overlap: arrowheads lie over
// every line, label boxes under every label text. Faded links are painted
// one by one (translucent shapes painted together do not darken where they
// overlap).
class LinkBatch {
public:
    struct Item {
        const Link *link;
        const LinkRoute *route;
        LinkPainter::Look look;
        QRectF label; // null: no label box (see MapRenderer::labelRect)
    };

    static void paintLines(QPainter &painter, const std::vector<Item> &items);
    // The hand-off markers, then the label boxes, then their texts.
    static void paintLabels(QPainter &painter, const std::vector<Item> &items);
};

} // namespace stagecraft
