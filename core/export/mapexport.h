#pragma once

#include "paperoptions.h"
#include "model/journeymap.h"

namespace stagecraft {

// Writes a map to paper and image formats. Each writes the whole file or
// nothing: output goes to a temporary file that replaces `path` only once
// complete, so a failed or cancelled export never leaves half a file.
namespace mapexport {

// Vector PDF with embedded fonts: the map fitted to one page or tiled as a
// poster, a title block, legend, page numbers and the findings appendix.
ExportResult pdf(const JourneyMap &map, const PaperOptions &options, const QString &path);
// The whole map at 100 % on one sheet with title block and legend; text stays text.
ExportResult svg(const JourneyMap &map, const PaperOptions &options, const QString &path);
// The same sheet as pixels at `dpi`.
ExportResult png(const JourneyMap &map, const PaperOptions &options, int dpi, const QString &path);
QSize pngPixelSize(const JourneyMap &map, const PaperOptions &options, int dpi);

} // namespace mapexport

} // namespace stagecraft
