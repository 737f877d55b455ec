#pragma once

#include "model/journeydocument.h"

#include <optional>

// The editing facade: every change to an open map, as one call that pushes
// one undoable command. Callers (canvas, docks, CLI, tests) never see the
// QUndoCommand classes. Functions that create return the new element's id,
// or an invalid id when the edit was refused (read-only map, a rule broken,
// or the write failed).
namespace stagecraft::edit {

// Cards
TouchpointId addTouchpoint(JourneyDocument &doc, StageId stage, LaneId lane, int indexInCell, const QString &title);
TouchpointId addTouchpoint(JourneyDocument &doc, Touchpoint touchpoint, int indexInCell);
bool removeTouchpoints(JourneyDocument &doc, const QList<TouchpointId> &ids);
// indexInCell counts the cell without the moved cards; drags pass one dragId
// for all their steps so that the drag undoes as one.
bool moveTouchpoints(JourneyDocument &doc, const QList<TouchpointId> &ids, StageId stage, LaneId lane,
                     int indexInCell, int dragId = 0);
bool changeTouchpoint(JourneyDocument &doc, const Touchpoint &changed, bool typing = false);
bool assignOwner(JourneyDocument &doc, const QList<TouchpointId> &ids, std::optional<OwnerId> owner);

// Links: refused from a card to itself or a second link of the same kind.
LinkId addLink(JourneyDocument &doc, TouchpointId from, TouchpointId to, LinkKind kind);
bool removeLinks(JourneyDocument &doc, const QList<LinkId> &ids);
bool changeLink(JourneyDocument &doc, const Link &changed);

// Owners
OwnerId addOwner(JourneyDocument &doc, const QString &name, const QColor &color, const QString &accountable = {});
bool removeOwner(JourneyDocument &doc, OwnerId id);
bool changeOwner(JourneyDocument &doc, const Owner &changed);

// The grid. The last phase, stage of a phase, and lane cannot be removed.
PhaseId addPhase(JourneyDocument &doc, const QString &name, int index, const QString &firstStageName);
StageId addStage(JourneyDocument &doc, PhaseId phase, int indexInPhase, const QString &name);
LaneId addLane(JourneyDocument &doc, const QString &name, LaneKind kind, int index);
bool removePhase(JourneyDocument &doc, PhaseId id);
bool removeStage(JourneyDocument &doc, StageId id);
bool removeLane(JourneyDocument &doc, LaneId id);
bool changePhase(JourneyDocument &doc, const Phase &changed);
bool changeStage(JourneyDocument &doc, const Stage &changed);
bool changeLane(JourneyDocument &doc, const Lane &changed);
bool movePhase(JourneyDocument &doc, PhaseId id, int index);
bool moveStage(JourneyDocument &doc, StageId id, PhaseId phase, int indexInPhase);
bool moveLane(JourneyDocument &doc, LaneId id, int index);

// The map's title, description and settings.
bool changeMapInfo(JourneyDocument &doc, const MapInfo &changed, bool typing = false);

} // namespace stagecraft::edit
