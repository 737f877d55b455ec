#pragma once

#include "export/paperoptions.h"
#include "model/journeymap.h"

#include <QString>

namespace stagecraft {

// What the user asked of an export (or a print), remembered between runs.
struct ExportChoices {
    enum class Format { Pdf, Svg, Png, Json, Csv };

    Format format = Format::Pdf;
    QPageSize::PageSizeId pageSize = QPageSize::A3;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    bool tile = false;
    QString department; // empty: all departments
    int dpi = 150;

    static QString suffix(Format format); // "pdf", as the CLI reads it
    static ExportChoices load();          // the last choices, from QSettings
    void save() const;

    // The paper options for `map`; `analysis` may be null (no badges, no appendix).
    PaperOptions paperOptions(const AnalysisResult *analysis, const QString &fileName) const;
};

// Writes `map` as `choices` asks, through the same core calls as
// `stagecraft-cli export`: the whole file or, on failure or cancel, nothing.
ExportResult exportMap(const JourneyMap &map, const ExportChoices &choices, const PaperOptions &options,
                       const QString &path);

} // namespace stagecraft
