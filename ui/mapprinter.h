#pragma once

#include "export/paperoptions.h"
#include "model/journeymap.h"

class QPrinter;

namespace stagecraft {

// Prints a map on a QPrinter with the same page painting as the PDF export
// (MapPrint), honouring the printer's page range.
class MapPrinter {
public:
    // Applies the paper size, orientation and margins of `options` to `printer`.
    static void setUp(QPrinter &printer, const PaperOptions &options);
    // Paints every page (or the chosen range); false if the printer would not start.
    static bool print(QPrinter &printer, const JourneyMap &map, const PaperOptions &options);
};

} // namespace stagecraft
