#pragma once

#include "analysis/analysis.h"

#include <QPainter>

namespace stagecraft {

// "What the analysis found", in the space under a fitted map: the counts by
// severity and the most urgent findings, pointing to the appendix for all.
// Sizes are in points.
class GlancePainter {
public:
    GlancePainter(const AnalysisResult *analysis, const QString &department);
    static constexpr qreal MinimumHeight = 70;
    void paint(QPainter &painter, const QRectF &rect) const;

private:
    std::vector<const Finding *> m_findings; // in the analysis's order: most severe first
};

} // namespace stagecraft
