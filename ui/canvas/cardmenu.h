#pragma once

#include "model/elements.h"

#include <QList>
#include <QPoint>
#include <optional>

namespace stagecraft {

class MapScene;

// The context menus of cards and links, and the small menu that asks which
// kind a newly drawn link is.
class CardMenu {
public:
    static void execForCards(MapScene *scene, const QList<TouchpointId> &ids, const QPoint &screenPos);
    static void execForLink(MapScene *scene, LinkId id, const QPoint &screenPos);
    static std::optional<LinkKind> chooseLinkKind(LinkKind suggested, const QPoint &screenPos);
};

} // namespace stagecraft
