#pragma once

#include <QColor>
#include <QIcon>

namespace stagecraft {

// A small rounded square of a department's colour, for combos and lists.
QIcon swatchIcon(const QColor &color);

} // namespace stagecraft
