#include "ownerpalette.h"

#include <algorithm>
#include <array>

namespace stagecraft {

QColor ownerPaletteColor(int index)
{
    // Distinct hues of similar weight that stay readable behind dark text.
    static constexpr std::array<QRgb, 10> palette{0x3d7fd1, 0xe8913a, 0x5a9e4b, 0xd65f8e, 0x8a6fc9,
                                                  0x2f9c9c, 0xc9a227, 0x9c7a4f, 0xd9534f, 0x6b8e9f};
    return QColor(palette[size_t(std::max(index, 0)) % palette.size()]);
}

} // namespace stagecraft
