#pragma once

#include "documentcommand.h"
#include "removedtouchpoints.h"

#include <QHash>
#include <map>

namespace stagecraft {

// Adds one card at a position in its cell.
class AddTouchpoint : public DocumentCommand {
public:
    AddTouchpoint(JourneyDocument *document, const Touchpoint &touchpoint, int indexInCell);

protected:
    void redoEdit(DocumentEdit &edit) override;
    void undoEdit(DocumentEdit &edit) override;

private:
    Touchpoint m_touchpoint;
    int m_index;
};

// Removes cards together with every link that touches them.
class RemoveTouchpoints : public DocumentCommand {
public:
    RemoveTouchpoints(JourneyDocument *document, const QList<TouchpointId> &ids);

protected:
    void redoEdit(DocumentEdit &edit) override;
    void undoEdit(DocumentEdit &edit) override;

private:
    RemovedTouchpoints m_removed;
};

// Moves cards into one cell at a position (counted without the moved cards).
// Moves with the same non-zero drag id merge, so one drag is one undo step.
class MoveTouchpoints : public DocumentCommand {
public:
    MoveTouchpoints(JourneyDocument *document, const QList<TouchpointId> &ids, StageId stage, LaneId lane,
                    int indexInCell, int dragId = 0);

    int id() const override { return m_dragId ? int(MergeId::MoveTouchpoints) : -1; }
    bool mergeWith(const QUndoCommand *other) override;

protected:
    void redoEdit(DocumentEdit &edit) override;
    void undoEdit(DocumentEdit &edit) override;

private:
    using Cell = std::pair<qint64, qint64>; // stage, lane
    static void arrange(DocumentEdit &edit, Cell cell, const QList<TouchpointId> &order);

    QList<TouchpointId> m_ids;
    Cell m_target;
    QList<TouchpointId> m_targetOrder;            // the target cell after the move
    std::map<Cell, QList<TouchpointId>> m_before; // every touched cell before it
    int m_dragId;
};

} // namespace stagecraft
