#pragma once

#include "headeritem.h"

#include <QPoint>

namespace stagecraft {

class MapScene;

// The context menus of the grid: add, rename and delete phases, stages and
// lanes from their headers, and add a card from a cell.
class HeaderMenu {
public:
    static void exec(MapScene *scene, HeaderItem::Kind kind, qint64 id, const QPoint &screenPos);
    static void execForCell(MapScene *scene, int stageIndex, int laneIndex, const QPoint &screenPos);
};

} // namespace stagecraft
