#pragma once

#include "analysis/analysis.h"
#include "model/journeymap.h"

#include <QPainter>
#include <vector>

namespace stagecraft {

// The findings pages that follow a printed map: grouped by department, then
// severity, each with the touchpoints and stages it refers to, flowed into
// columns and pages. Sizes are in points.
class FindingsAppendix {
public:
    // `department` non-empty: only that department's findings.
    FindingsAppendix(const JourneyMap &map, const AnalysisResult *analysis, const QString &department, QSizeF page);

    int pageCount() const { return int(m_pages.size()); }
    int findingCount() const { return m_findings; }
    void paint(QPainter &painter, int page, const QRectF &rect) const;

private:
    enum class Kind { Department, Severity, Entry };
    // An entry keeps only its height: its wrapped lines are made again when
    // its page is painted. Held for every finding, they were ~20 MB at
    // 10,000 cards while the map page, the export's peak, was written.
    struct Block {
        Kind kind;
        QString title;                // department or severity heading
        const Finding *finding = nullptr;
        qreal height = 0;
    };
    struct Lines { QStringList message, refs; };
    struct Placed { int block; QPointF at; };

    void build(const QString &department);
    void paginate(QSizeF page, qreal columnWidth, int columns);
    QString refersTo(const Finding &f) const;
    Lines wrapped(const Finding &f) const;

    const JourneyMap &m_map;
    const AnalysisResult *m_analysis;
    std::vector<Block> m_blocks;
    std::vector<std::vector<Placed>> m_pages;
    qreal m_columnWidth = 0;
    int m_findings = 0;
};

} // namespace stagecraft
