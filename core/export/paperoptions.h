#pragma once

#include "analysis/analysis.h"

#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QString>
#include <functional>

namespace stagecraft {

// Called after each page or step: `done` of `total`. Return false to cancel.
using ExportProgress = std::function<bool(int done, int total)>;

// How a map goes onto paper (PDF, printing) or into an image.
struct PaperOptions {
    QPageSize::PageSizeId pageSize = QPageSize::A3;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    qreal marginPoints = 30;   // on every side
    bool tile = false;         // false: the map fits one page; true: a poster of several pages at full size
    qreal tileScale = 1.0;     // map units per point when tiling (1: cards at their screen size)
    QString department;        // a department head's copy: its cards highlighted, others faded, only its findings
    const AnalysisResult *analysis = nullptr; // badges and the findings appendix; null: neither
    QString fileName;          // shown in the title block
    QDate date = QDate::currentDate();
    bool appendix = true;      // the findings pages after the map
    ExportProgress progress;   // may be empty
};

// The outcome of an export.
struct ExportResult {
    bool ok = false;
    bool cancelled = false;
    QString error; // for people, when !ok and !cancelled
    int pages = 0;
};

} // namespace stagecraft
