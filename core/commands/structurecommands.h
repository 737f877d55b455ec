#pragma once

#include "documentcommand.h"
#include "removedtouchpoints.h"

namespace stagecraft {

// Adds a phase together with its first stage: a phase is never empty.
class AddPhase : public DocumentCommand {
public:
    AddPhase(JourneyDocument *document, const Phase &phase, int index, const Stage &firstStage);

protected:
    void redoEdit(DocumentEdit &edit) override;
    void undoEdit(DocumentEdit &edit) override;

private:
    Phase m_phase;
    int m_index;
    Stage m_stage;
};

// Adds a stage to a phase.
class AddStage : public DocumentCommand {
public:
    AddStage(JourneyDocument *document, const Stage &stage, int indexInPhase);

protected:
    void redoEdit(DocumentEdit &edit) override { edit.insertStage(m_stage, m_index); }
    void undoEdit(DocumentEdit &edit) override { edit.removeStage(m_stage.id); }

private:
    Stage m_stage;
    int m_index;
};

// Adds a swimlane.
class AddLane : public DocumentCommand {
public:
    AddLane(JourneyDocument *document, const Lane &lane, int index);

protected:
    void redoEdit(DocumentEdit &edit) override { edit.insertLane(m_lane, m_index); }
    void undoEdit(DocumentEdit &edit) override { edit.removeLane(m_lane.id); }

private:
    Lane m_lane;
    int m_index;
};

// Removes a phase, its stages, and every card in them with their links.
class RemovePhase : public DocumentCommand {
public:
    RemovePhase(JourneyDocument *document, PhaseId id);

protected:
    void redoEdit(DocumentEdit &edit) override;
    void undoEdit(DocumentEdit &edit) override;

private:
    Phase m_phase;
    int m_index = 0;
    std::vector<Stage> m_stages;
    RemovedTouchpoints m_cards;
};

// Removes a stage and every card in it with their links.
class RemoveStage : public DocumentCommand {
public:
    RemoveStage(JourneyDocument *document, StageId id);

protected:
    void redoEdit(DocumentEdit &edit) override;
    void undoEdit(DocumentEdit &edit) override;

private:
    Stage m_stage;
    int m_index = 0;
    RemovedTouchpoints m_cards;
};

// Removes a lane and every card in it with their links.
class RemoveLane : public DocumentCommand {
public:
    RemoveLane(JourneyDocument *document, LaneId id);

protected:
    void redoEdit(DocumentEdit &edit) override;
    void undoEdit(DocumentEdit &edit) override;

private:
    Lane m_lane;
    int m_index = 0;
    RemovedTouchpoints m_cards;
};

// Reorders phases (stages travel with their phase).
class MovePhase : public DocumentCommand {
public:
    MovePhase(JourneyDocument *document, PhaseId id, int index);

protected:
    void redoEdit(DocumentEdit &edit) override { edit.movePhase(m_id, m_to); }
    void undoEdit(DocumentEdit &edit) override { edit.movePhase(m_id, m_from); }

private:
    PhaseId m_id;
    int m_from;
    int m_to;
};

// Moves a stage within its phase or into another phase.
class MoveStage : public DocumentCommand {
public:
    MoveStage(JourneyDocument *document, StageId id, PhaseId phase, int indexInPhase);

protected:
    void redoEdit(DocumentEdit &edit) override { edit.moveStage(m_id, m_toPhase, m_to); }
    void undoEdit(DocumentEdit &edit) override { edit.moveStage(m_id, m_fromPhase, m_from); }

private:
    StageId m_id;
    PhaseId m_fromPhase;
    int m_from;
    PhaseId m_toPhase;
    int m_to;
};

// Reorders swimlanes.
class MoveLane : public DocumentCommand {
public:
    MoveLane(JourneyDocument *document, LaneId id, int index);

protected:
    void redoEdit(DocumentEdit &edit) override { edit.moveLane(m_id, m_to); }
    void undoEdit(DocumentEdit &edit) override { edit.moveLane(m_id, m_from); }

private:
    LaneId m_id;
    int m_from;
    int m_to;
};

} // namespace stagecraft
