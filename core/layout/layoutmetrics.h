#pragma once

#include <QtGlobal>

namespace stagecraft {

// The sizes MapLayout builds the grid from, in map units (1 unit = 1 pt when a
// map is printed at 100 %). `typeScale` enlarges type and everything sized by
// it (cards, headers, gaps) for the workshop mode's projector-sized text.
struct LayoutMetrics {
    qreal typeScale = 1.0;
    qreal cardWidth = 148;
    qreal cardHeight = 76;
    qreal cardGap = 8;          // between stacked cards of one cell
    qreal cellPaddingX = 16;    // the gutter links run through
    qreal cellPaddingY = 12;
    qreal minLaneHeight = 64;
    qreal laneHeaderWidth = 136;
    qreal phaseBandHeight = 26;
    qreal stageHeaderHeight = 36;

    // A size after the type scale.
    qreal scaled(qreal size) const { return size * typeScale; }
    static LayoutMetrics workshop() { LayoutMetrics m; m.typeScale = 1.5; return m; }
};

} // namespace stagecraft
