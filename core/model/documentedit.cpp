#include "documentedit.h"

#include "storage/mapfile.h"

namespace stagecraft {

namespace {
template <typename T>
QList<decltype(T::id)> idsOf(const std::vector<T> &items)
{
    QList<decltype(T::id)> out;
    out.reserve(qsizetype(items.size()));
    for (const T &t : items)
        out.append(t.id);
    return out;
}
} // namespace

DocumentEdit::DocumentEdit(JourneyMap &map, MapFile &file) : m_map(map), m_file(file) {}

void DocumentEdit::setInfo(const MapInfo &info)
{
    m_map.info = info;
    m_file.writeInfo(info);
    m_event.parts |= ChangeEvent::Info;
}

void DocumentEdit::writePhasePositions() { m_file.writePositions(idsOf(m_map.phases)); }
void DocumentEdit::writeLanePositions() { m_file.writePositions(idsOf(m_map.lanes)); }
void DocumentEdit::writeOwnerPositions() { m_file.writePositions(idsOf(m_map.owners)); }
void DocumentEdit::writeStagesOf(PhaseId phase) { m_file.writePositions(m_map.stagesOf(phase)); }
void DocumentEdit::writeCell(StageId stage, LaneId lane) { m_file.writePositions(m_map.cell(stage, lane)); }

void DocumentEdit::touched(TouchpointId id)
{
    m_event.parts |= ChangeEvent::Touchpoints;
    if (!m_event.touchpoints.contains(id))
        m_event.touchpoints.append(id);
}

void DocumentEdit::insertPhase(const Phase &phase, int index)
{
    m_map.insertPhase(phase, index);
    m_file.writePhase(phase, m_map.phaseIndex(phase.id));
    writePhasePositions();
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::movePhase(PhaseId id, int index)
{
    m_map.movePhase(id, index);
    writePhasePositions();
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::updatePhase(const Phase &phase)
{
    m_map.replace(phase);
    m_file.writePhase(phase, m_map.phaseIndex(phase.id));
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::removePhase(PhaseId id)
{
    m_map.removePhase(id);
    m_file.erase(id);
    writePhasePositions();
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::insertStage(const Stage &stage, int indexInPhase)
{
    m_map.insertStage(stage, indexInPhase);
    m_file.writeStage(stage, m_map.stageIndexInPhase(stage.id));
    writeStagesOf(stage.phase);
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::moveStage(StageId id, PhaseId phase, int indexInPhase)
{
    const Stage *before = m_map.stage(id);
    if (!before)
        return;
    const PhaseId oldPhase = before->phase;
    m_map.moveStage(id, phase, indexInPhase);
    const Stage *after = m_map.stage(id);
    m_file.writeStage(*after, m_map.stageIndexInPhase(id));
    writeStagesOf(oldPhase);
    if (oldPhase != phase)
        writeStagesOf(phase);
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::updateStage(const Stage &stage)
{
    m_map.replace(stage);
    m_file.writeStage(stage, m_map.stageIndexInPhase(stage.id));
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::removeStage(StageId id)
{
    const Stage *stage = m_map.stage(id);
    if (!stage)
        return;
    const PhaseId phase = stage->phase;
    m_map.removeStage(id);
    m_file.erase(id);
    writeStagesOf(phase);
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::insertLane(const Lane &lane, int index)
{
    m_map.insertLane(lane, index);
    m_file.writeLane(lane, m_map.laneIndex(lane.id));
    writeLanePositions();
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::moveLane(LaneId id, int index)
{
    m_map.moveLane(id, index);
    writeLanePositions();
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::updateLane(const Lane &lane)
{
    m_map.replace(lane);
    m_file.writeLane(lane, m_map.laneIndex(lane.id));
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::removeLane(LaneId id)
{
    m_map.removeLane(id);
    m_file.erase(id);
    writeLanePositions();
    m_event.parts |= ChangeEvent::Structure;
}

void DocumentEdit::insertOwner(const Owner &owner, int index)
{
    m_map.insertOwner(owner, index);
    m_file.writeOwner(owner, m_map.ownerIndex(owner.id));
    writeOwnerPositions();
    m_event.parts |= ChangeEvent::Owners;
}

void DocumentEdit::updateOwner(const Owner &owner)
{
    m_map.replace(owner);
    m_file.writeOwner(owner, m_map.ownerIndex(owner.id));
    m_event.parts |= ChangeEvent::Owners;
}

void DocumentEdit::removeOwner(OwnerId id)
{
    m_map.removeOwner(id);
    m_file.erase(id);
    writeOwnerPositions();
    m_event.parts |= ChangeEvent::Owners;
}

void DocumentEdit::insertTouchpoint(const Touchpoint &tp, int indexInCell)
{
    m_map.insertTouchpoint(tp, indexInCell);
    m_file.writeTouchpoint(tp, m_map.indexInCell(tp.id));
    writeCell(tp.stage, tp.lane);
    touched(tp.id);
}

void DocumentEdit::arrangeCell(StageId stage, LaneId lane, const QList<TouchpointId> &order)
{
    // One pass over the model, and each cell's positions written once: a
    // card dropped in a cell of 25 is some 50 row updates, not 1,300.
    QList<TouchpointId> arriving;
    QList<std::pair<StageId, LaneId>> left; // the cells they leave close up
    for (TouchpointId id : order) {
        const Touchpoint *t = m_map.touchpoint(id);
        if (!t || (t->stage == stage && t->lane == lane))
            continue;
        arriving.append(id);
        if (!left.contains(std::pair(t->stage, t->lane)))
            left.append({t->stage, t->lane});
    }
    m_map.arrangeCell(stage, lane, order);
    const QList<TouchpointId> cell = m_map.cell(stage, lane);
    for (TouchpointId id : std::as_const(arriving))
        m_file.writeTouchpoint(*m_map.touchpoint(id), int(cell.indexOf(id)));
    m_file.writePositions(cell);
    for (const auto &[s, l] : std::as_const(left))
        writeCell(s, l);
    for (TouchpointId id : order)
        if (m_map.touchpoint(id))
            touched(id);
}

void DocumentEdit::updateTouchpoint(const Touchpoint &tp)
{
    m_map.replace(tp);
    m_file.writeTouchpoint(tp, m_map.indexInCell(tp.id));
    touched(tp.id);
}

void DocumentEdit::removeTouchpoint(TouchpointId id)
{
    const Touchpoint *tp = m_map.touchpoint(id);
    if (!tp)
        return;
    const StageId stage = tp->stage;
    const LaneId lane = tp->lane;
    m_map.removeTouchpoint(id);
    m_file.erase(id);
    writeCell(stage, lane);
    touched(id);
}

void DocumentEdit::insertLink(const Link &link)
{
    m_map.addLink(link);
    m_file.writeLink(link);
    m_event.parts |= ChangeEvent::Links;
    m_event.links.append(link.id);
}

void DocumentEdit::updateLink(const Link &link)
{
    m_map.replace(link);
    m_file.writeLink(link);
    m_event.parts |= ChangeEvent::Links;
    m_event.links.append(link.id);
}

void DocumentEdit::removeLink(LinkId id)
{
    m_map.removeLink(id);
    m_file.erase(id);
    m_event.parts |= ChangeEvent::Links;
    m_event.links.append(id);
}

} // namespace stagecraft
