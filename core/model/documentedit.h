#pragma once

#include "changeevent.h"
#include "journeymap.h"

namespace stagecraft {

class MapFile;

// The edits a command may make, inside one JourneyDocument::apply(). Each
// changes the model and writes the rows it touched, so the two never differ.
// Removals take one element: commands remove dependants (links of a
// touchpoint, touchpoints of a stage) first, so that undo can restore them.
class DocumentEdit {
public:
    DocumentEdit(JourneyMap &map, MapFile &file);

    const JourneyMap &map() const { return m_map; }
    const ChangeEvent &event() const { return m_event; }

    void setInfo(const MapInfo &info);

    void insertPhase(const Phase &phase, int index);
    void movePhase(PhaseId id, int index);
    void updatePhase(const Phase &phase);
    void removePhase(PhaseId id);

    void insertStage(const Stage &stage, int indexInPhase);
    void moveStage(StageId id, PhaseId phase, int indexInPhase);
    void updateStage(const Stage &stage);
    void removeStage(StageId id);

    void insertLane(const Lane &lane, int index);
    void moveLane(LaneId id, int index);
    void updateLane(const Lane &lane);
    void removeLane(LaneId id);

    void insertOwner(const Owner &owner, int index);
    void updateOwner(const Owner &owner);
    void removeOwner(OwnerId id);

    void insertTouchpoint(const Touchpoint &tp, int indexInCell);
    // Puts `order`'s cards in the cell, in that order, after its other cards.
    void arrangeCell(StageId stage, LaneId lane, const QList<TouchpointId> &order);
    void updateTouchpoint(const Touchpoint &tp);
    void removeTouchpoint(TouchpointId id);

    void insertLink(const Link &link);
    void updateLink(const Link &link);
    void removeLink(LinkId id);

private:
    void writeCell(StageId stage, LaneId lane);
    void writeStagesOf(PhaseId phase);
    void writeOwnerPositions();
    void writeLanePositions();
    void writePhasePositions();
    void touched(TouchpointId id);

    JourneyMap &m_map;
    MapFile &m_file;
    ChangeEvent m_event;
};

} // namespace stagecraft
