#pragma once

#include <QColor>

namespace stagecraft {

// The colours importers give owners whose file names none: a fixed, pleasant
// set, so the same file always imports with the same colours.
QColor ownerPaletteColor(int index);

} // namespace stagecraft
