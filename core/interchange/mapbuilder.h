#pragma once

#include "model/journeymap.h"

#include <QHash>

namespace stagecraft {

// Grows a JourneyMap from rows that name their phase, stage, lane and owner
// (as spreadsheets and diagrams do), creating each in order of first
// appearance with fresh keys, so every row-based importer builds maps alike.
class MapBuilder {
public:
    PhaseId phase(const QString &name);
    StageId stage(PhaseId phase, const QString &name);
    // The lane of that name, if one was added.
    const Lane *lane(const QString &name) const;
    LaneId addLane(const QString &name, LaneKind kind);
    // The owner of that name, created with a palette colour when new.
    OwnerId owner(const QString &name);
    Owner &ownerById(OwnerId id);
    // Appends a card (its cell order is the order of the calls); an empty key
    // gets a fresh one in finish(), clear of every key given.
    TouchpointId addTouchpoint(Touchpoint tp);
    void addLink(TouchpointId from, TouchpointId to, LinkKind kind);

    JourneyMap &map() { return m_map; }
    JourneyMap finish();

private:
    JourneyMap m_map;
    QHash<QString, PhaseId> m_phases;
    QHash<QPair<qint64, QString>, StageId> m_stages;
    QHash<QString, OwnerId> m_owners;
};

} // namespace stagecraft
