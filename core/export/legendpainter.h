#pragma once

#include "analysis/analysis.h"
#include "model/journeymap.h"

#include <QPainter>
#include <functional>
#include <vector>

namespace stagecraft {

// The key printed under a map: lane kinds, owner colours, card marks,
// finding badges and link styles. Sizes are in points.
class LegendPainter {
public:
    LegendPainter(const JourneyMap &map, const AnalysisResult *analysis);

    qreal height(qreal width) const; // what paint() needs at this width
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    struct Item {
        std::function<void(QPainter &, const QRectF &)> icon;
        QString label;
        qreal iconWidth;
    };
    struct Group {
        QString heading;
        std::vector<Item> items;
    };
    // Places every item; calls `place` per item with its icon rect, or only measures.
    qreal flow(qreal width, const std::function<void(const Group &, const Item *, QPointF)> &place) const;

    std::vector<Group> m_groups;
};

} // namespace stagecraft
