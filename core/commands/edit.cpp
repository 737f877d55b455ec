#include "edit.h"

#include "changeelement.h"
#include "linkcommands.h"
#include "ownercommands.h"
#include "structurecommands.h"
#include "touchpointcommands.h"

#include <QCoreApplication>

namespace stagecraft::edit {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Commands", text); }

// Pushes the command; true when its first redo reached the file.
template <typename Command, typename... Args>
bool push(JourneyDocument &doc, Args &&...args)
{
    if (doc.isReadOnly())
        return false;
    doc.undoStack()->push(new Command(&doc, std::forward<Args>(args)...));
    return !doc.lastApplyFailed();
}

template <typename IdT>
IdT pushed(bool ok, IdT id)
{
    return ok ? id : IdT();
}

} // namespace

TouchpointId addTouchpoint(JourneyDocument &doc, StageId stage, LaneId lane, int indexInCell, const QString &title)
{
    Touchpoint t;
    t.stage = stage;
    t.lane = lane;
    t.title = title;
    return addTouchpoint(doc, t, indexInCell);
}

TouchpointId addTouchpoint(JourneyDocument &doc, Touchpoint t, int indexInCell)
{
    const JourneyMap &map = doc.map();
    if (!map.stage(t.stage) || !map.lane(t.lane) || (t.owner && !map.owner(*t.owner)))
        return {};
    t.id = map.nextTouchpointId();
    if (t.key.isEmpty() || map.touchpointByKey(t.key))
        t.key = map.freshTouchpointKey();
    return pushed(push<AddTouchpoint>(doc, t, indexInCell), t.id);
}

bool removeTouchpoints(JourneyDocument &doc, const QList<TouchpointId> &ids)
{
    return !ids.isEmpty() && push<RemoveTouchpoints>(doc, ids);
}

bool moveTouchpoints(JourneyDocument &doc, const QList<TouchpointId> &ids, StageId stage, LaneId lane,
                     int indexInCell, int dragId)
{
    const JourneyMap &map = doc.map();
    if (ids.isEmpty() || !map.stage(stage) || !map.lane(lane))
        return false;
    for (TouchpointId id : ids)
        if (!map.touchpoint(id))
            return false;
    return push<MoveTouchpoints>(doc, ids, stage, lane, indexInCell, dragId);
}

bool changeTouchpoint(JourneyDocument &doc, const Touchpoint &changed, bool typing)
{
    const Touchpoint *old = doc.map().touchpoint(changed.id);
    if (!old || *old == changed || (changed.owner && !doc.map().owner(*changed.owner)))
        return false;
    if (changed.emotion && (*changed.emotion < Touchpoint::MinEmotion || *changed.emotion > Touchpoint::MaxEmotion))
        return false;
    return push<ChangeTouchpoint>(doc, changed, tr("Edit card"), typing);
}

bool assignOwner(JourneyDocument &doc, const QList<TouchpointId> &ids, std::optional<OwnerId> owner)
{
    if (ids.isEmpty() || (owner && !doc.map().owner(*owner)))
        return false;
    return push<AssignOwner>(doc, ids, owner);
}

LinkId addLink(JourneyDocument &doc, TouchpointId from, TouchpointId to, LinkKind kind)
{
    const JourneyMap &map = doc.map();
    if (from == to || !map.touchpoint(from) || !map.touchpoint(to))
        return {};
    for (const Link &l : map.links)
        if (l.from == from && l.to == to && l.kind == kind)
            return {};
    Link link;
    link.id = map.nextLinkId();
    link.key = map.freshLinkKey();
    link.from = from;
    link.to = to;
    link.kind = kind;
    return pushed(push<AddLink>(doc, link), link.id);
}

bool removeLinks(JourneyDocument &doc, const QList<LinkId> &ids)
{
    return !ids.isEmpty() && push<RemoveLinks>(doc, ids);
}

bool changeLink(JourneyDocument &doc, const Link &changed)
{
    const Link *old = doc.map().link(changed.id);
    if (!old || *old == changed)
        return false;
    for (const Link &l : doc.map().links)
        if (l.id != changed.id && l.from == old->from && l.to == old->to && l.kind == changed.kind)
            return false;
    return push<ChangeLink>(doc, changed, tr("Edit link"));
}

OwnerId addOwner(JourneyDocument &doc, const QString &name, const QColor &color, const QString &accountable)
{
    const JourneyMap &map = doc.map();
    Owner o{map.nextOwnerId(), map.freshOwnerKey(), name, color, accountable};
    return pushed(push<AddOwner>(doc, o, int(map.owners.size())), o.id);
}

bool removeOwner(JourneyDocument &doc, OwnerId id)
{
    return doc.map().owner(id) && push<RemoveOwner>(doc, id);
}

bool changeOwner(JourneyDocument &doc, const Owner &changed)
{
    const Owner *old = doc.map().owner(changed.id);
    return old && *old != changed && push<ChangeOwner>(doc, changed, tr("Edit owner"));
}

PhaseId addPhase(JourneyDocument &doc, const QString &name, int index, const QString &firstStageName)
{
    const JourneyMap &map = doc.map();
    const Phase phase{map.nextPhaseId(), map.freshPhaseKey(), name};
    const Stage stage{map.nextStageId(), map.freshStageKey(), phase.id, firstStageName};
    return pushed(push<AddPhase>(doc, phase, index, stage), phase.id);
}

StageId addStage(JourneyDocument &doc, PhaseId phase, int indexInPhase, const QString &name)
{
    const JourneyMap &map = doc.map();
    if (!map.phase(phase))
        return {};
    const Stage stage{map.nextStageId(), map.freshStageKey(), phase, name};
    return pushed(push<AddStage>(doc, stage, indexInPhase), stage.id);
}

LaneId addLane(JourneyDocument &doc, const QString &name, LaneKind kind, int index)
{
    const JourneyMap &map = doc.map();
    const Lane lane{map.nextLaneId(), map.freshLaneKey(), name, kind};
    return pushed(push<AddLane>(doc, lane, index), lane.id);
}

bool removePhase(JourneyDocument &doc, PhaseId id)
{
    return doc.map().phase(id) && doc.map().phases.size() > 1 && push<RemovePhase>(doc, id);
}

bool removeStage(JourneyDocument &doc, StageId id)
{
    const Stage *stage = doc.map().stage(id);
    return stage && doc.map().stagesOf(stage->phase).size() > 1 && push<RemoveStage>(doc, id);
}

bool removeLane(JourneyDocument &doc, LaneId id)
{
    return doc.map().lane(id) && doc.map().lanes.size() > 1 && push<RemoveLane>(doc, id);
}

bool changePhase(JourneyDocument &doc, const Phase &changed)
{
    const Phase *old = doc.map().phase(changed.id);
    return old && *old != changed && push<ChangePhase>(doc, changed, tr("Rename phase"));
}

bool changeStage(JourneyDocument &doc, const Stage &changed)
{
    const Stage *old = doc.map().stage(changed.id);
    return old && *old != changed && push<ChangeStage>(doc, changed, tr("Rename stage"));
}

bool changeLane(JourneyDocument &doc, const Lane &changed)
{
    const Lane *old = doc.map().lane(changed.id);
    return old && *old != changed && push<ChangeLane>(doc, changed, tr("Edit lane"));
}

bool movePhase(JourneyDocument &doc, PhaseId id, int index)
{
    const int from = doc.map().phaseIndex(id);
    const int to = std::clamp(index, 0, int(doc.map().phases.size()) - 1);
    return from >= 0 && from != to && push<MovePhase>(doc, id, to);
}

bool moveStage(JourneyDocument &doc, StageId id, PhaseId phase, int indexInPhase)
{
    const JourneyMap &map = doc.map();
    const Stage *stage = map.stage(id);
    if (!stage || !map.phase(phase))
        return false;
    if (stage->phase != phase && map.stagesOf(stage->phase).size() < 2)
        return false; // would leave its phase empty
    const int limit = int(map.stagesOf(phase).size()) - (stage->phase == phase ? 1 : 0);
    const int to = std::clamp(indexInPhase, 0, limit);
    if (stage->phase == phase && map.stageIndexInPhase(id) == to)
        return false;
    return push<MoveStage>(doc, id, phase, to);
}

bool moveLane(JourneyDocument &doc, LaneId id, int index)
{
    const int from = doc.map().laneIndex(id);
    const int to = std::clamp(index, 0, int(doc.map().lanes.size()) - 1);
    return from >= 0 && from != to && push<MoveLane>(doc, id, to);
}

bool changeMapInfo(JourneyDocument &doc, const MapInfo &changed, bool typing)
{
    if (changed.settings.staleAfterMonths < 1)
        return false;
    return push<ChangeMapInfo>(doc, changed, tr("Edit map properties"), typing);
}

} // namespace stagecraft::edit
