#include "structurecommands.h"

#include <QCoreApplication>

namespace stagecraft {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("Commands", text); }

QList<TouchpointId> cardsWhere(const JourneyMap &map, const std::function<bool(const Touchpoint &)> &pred)
{
    QList<TouchpointId> out;
    for (const Touchpoint &t : map.touchpoints)
        if (pred(t))
            out.append(t.id);
    return out;
}
} // namespace

AddPhase::AddPhase(JourneyDocument *document, const Phase &phase, int index, const Stage &firstStage)
    : DocumentCommand(document, tr("Add phase")), m_phase(phase), m_index(index), m_stage(firstStage)
{
    m_stage.phase = phase.id;
}

void AddPhase::redoEdit(DocumentEdit &edit)
{
    edit.insertPhase(m_phase, m_index);
    edit.insertStage(m_stage, 0);
}

void AddPhase::undoEdit(DocumentEdit &edit)
{
    edit.removeStage(m_stage.id);
    edit.removePhase(m_phase.id);
}

AddStage::AddStage(JourneyDocument *document, const Stage &stage, int indexInPhase)
    : DocumentCommand(document, tr("Add stage")), m_stage(stage), m_index(indexInPhase)
{
}

AddLane::AddLane(JourneyDocument *document, const Lane &lane, int index)
    : DocumentCommand(document, tr("Add lane")), m_lane(lane), m_index(index)
{
}

RemovePhase::RemovePhase(JourneyDocument *document, PhaseId id) : DocumentCommand(document, tr("Delete phase"))
{
    const JourneyMap &map = document->map();
    m_phase = *map.phase(id);
    m_index = map.phaseIndex(id);
    for (StageId s : map.stagesOf(id))
        m_stages.push_back(*map.stage(s));
    const QList<StageId> stages = map.stagesOf(id);
    m_cards = RemovedTouchpoints(map, cardsWhere(map, [&](const Touchpoint &t) { return stages.contains(t.stage); }));
}

void RemovePhase::redoEdit(DocumentEdit &edit)
{
    m_cards.remove(edit);
    for (const Stage &s : m_stages)
        edit.removeStage(s.id);
    edit.removePhase(m_phase.id);
}

void RemovePhase::undoEdit(DocumentEdit &edit)
{
    edit.insertPhase(m_phase, m_index);
    for (int i = 0; i < int(m_stages.size()); ++i)
        edit.insertStage(m_stages[i], i);
    m_cards.restore(edit);
}

RemoveStage::RemoveStage(JourneyDocument *document, StageId id) : DocumentCommand(document, tr("Delete stage"))
{
    const JourneyMap &map = document->map();
    m_stage = *map.stage(id);
    m_index = map.stageIndexInPhase(id);
    m_cards = RemovedTouchpoints(map, cardsWhere(map, [id](const Touchpoint &t) { return t.stage == id; }));
}

void RemoveStage::redoEdit(DocumentEdit &edit)
{
    m_cards.remove(edit);
    edit.removeStage(m_stage.id);
}

void RemoveStage::undoEdit(DocumentEdit &edit)
{
    edit.insertStage(m_stage, m_index);
    m_cards.restore(edit);
}

RemoveLane::RemoveLane(JourneyDocument *document, LaneId id) : DocumentCommand(document, tr("Delete lane"))
{
    const JourneyMap &map = document->map();
    m_lane = *map.lane(id);
    m_index = map.laneIndex(id);
    m_cards = RemovedTouchpoints(map, cardsWhere(map, [id](const Touchpoint &t) { return t.lane == id; }));
}

void RemoveLane::redoEdit(DocumentEdit &edit)
{
    m_cards.remove(edit);
    edit.removeLane(m_lane.id);
}

void RemoveLane::undoEdit(DocumentEdit &edit)
{
    edit.insertLane(m_lane, m_index);
    m_cards.restore(edit);
}

MovePhase::MovePhase(JourneyDocument *document, PhaseId id, int index)
    : DocumentCommand(document, tr("Move phase")), m_id(id), m_from(document->map().phaseIndex(id)), m_to(index)
{
}

MoveStage::MoveStage(JourneyDocument *document, StageId id, PhaseId phase, int indexInPhase)
    : DocumentCommand(document, tr("Move stage")),
      m_id(id),
      m_fromPhase(document->map().stage(id)->phase),
      m_from(document->map().stageIndexInPhase(id)),
      m_toPhase(phase),
      m_to(indexInPhase)
{
}

MoveLane::MoveLane(JourneyDocument *document, LaneId id, int index)
    : DocumentCommand(document, tr("Move lane")), m_id(id), m_from(document->map().laneIndex(id)), m_to(index)
{
}

} // namespace stagecraft
