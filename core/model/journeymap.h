#pragma once

#include "elements.h"

#include <QHash>
#include <QList>
#include <vector>

namespace stagecraft {

// The whole map as plain values, in map order: phases and stages left to
// right, lanes top to bottom, touchpoints of one cell top to bottom (their
// relative order in `touchpoints`). Analysis, layout and exporters read it;
// JourneyDocument is the only writer of a map that lives in a file.
struct JourneyMap {
    // Ten times the largest map we benchmark: what imports and opened files
    // may hold of any one kind of element, so no file can exhaust memory.
    static constexpr qsizetype MaxElementsPerKind = 100000;

    MapInfo info;
    std::vector<Phase> phases;
    std::vector<Stage> stages; // grouped by phase, phases in order
    std::vector<Lane> lanes;
    std::vector<Owner> owners;
    std::vector<Touchpoint> touchpoints;
    std::vector<Link> links;

    bool operator==(const JourneyMap &) const = default;

    // Id look-ups are hashed: the canvas and the commands call them per card.
    // The index checks itself against the vectors on every hit and rebuilds
    // when they were changed behind its back, so the fields stay plain data.
    struct Index {
        mutable QHash<qint64, int> positions;
        bool operator==(const Index &) const { return true; } // not part of the map's value
    };
    Index phaseIndexCache, stageIndexCache, laneIndexCache, ownerIndexCache, touchpointIndexCache, linkIndexCache;

    // Look-ups; null when the id is not on the map.
    const Phase *phase(PhaseId id) const;
    const Stage *stage(StageId id) const;
    const Lane *lane(LaneId id) const;
    const Owner *owner(OwnerId id) const;
    const Touchpoint *touchpoint(TouchpointId id) const;
    const Link *link(LinkId id) const;
    const Touchpoint *touchpointByKey(const QString &key) const;

    int phaseIndex(PhaseId id) const;
    int stageIndex(StageId id) const; // left to right over the whole map
    int laneIndex(LaneId id) const;
    int ownerIndex(OwnerId id) const;
    int touchpointIndex(TouchpointId id) const;
    int linkIndex(LinkId id) const;

    QList<StageId> stagesOf(PhaseId phase) const;
    int stageIndexInPhase(StageId id) const;
    QList<TouchpointId> cell(StageId stage, LaneId lane) const;
    int indexInCell(TouchpointId id) const;
    QList<LinkId> linksOf(TouchpointId id) const; // in or out

    // Structural edits keeping the ordering invariants. Indexes are clamped.
    void insertPhase(const Phase &phase, int index);
    void movePhase(PhaseId id, int index);
    void insertStage(const Stage &stage, int indexInPhase);
    void moveStage(StageId id, PhaseId phase, int indexInPhase);
    void insertLane(const Lane &lane, int index);
    void moveLane(LaneId id, int index);
    void insertOwner(const Owner &owner, int index);
    void insertTouchpoint(const Touchpoint &tp, int indexInCell);
    void moveTouchpoint(TouchpointId id, StageId stage, LaneId lane, int indexInCell);
    // Puts `order`'s cards in the cell, in that order, after the cell's other
    // cards: what moving each to the cell's end in turn does, in one pass.
    void arrangeCell(StageId stage, LaneId lane, const QList<TouchpointId> &order);

    // Removal of one element only: callers remove what depends on it first.
    void removePhase(PhaseId id);
    void removeStage(StageId id);
    void removeLane(LaneId id);
    void removeOwner(OwnerId id);
    void removeTouchpoint(TouchpointId id);
    void removeLink(LinkId id);

    // Replace an element's properties in place (same id, same position).
    void replace(const Phase &phase);
    void replace(const Stage &stage); // same phase
    void replace(const Lane &lane);
    void replace(const Owner &owner);
    void replace(const Touchpoint &tp); // same cell
    void replace(const Link &link);
    void addLink(const Link &link);

    // Next free ids and keys, for new elements.
    PhaseId nextPhaseId() const;
    StageId nextStageId() const;
    LaneId nextLaneId() const;
    OwnerId nextOwnerId() const;
    TouchpointId nextTouchpointId() const;
    LinkId nextLinkId() const;
    // A key not used by any element of the same kind: prefix + number ("t12").
    QString freshPhaseKey() const;
    QString freshStageKey() const;
    QString freshLaneKey() const;
    QString freshOwnerKey() const;
    QString freshTouchpointKey() const;
    QString freshLinkKey() const;

    // Checks every invariant (ids unique and valid, references resolve,
    // stages grouped by phase, emotion in range); an empty list means sound.
    QStringList problems() const;
};

} // namespace stagecraft
