#include "touchpointcommands.h"

#include <QCoreApplication>

namespace stagecraft {

namespace {
QString tr(const char *text, int n = -1) { return QCoreApplication::translate("Commands", text, nullptr, n); }
} // namespace

AddTouchpoint::AddTouchpoint(JourneyDocument *document, const Touchpoint &touchpoint, int indexInCell)
    : DocumentCommand(document, tr("Add card")), m_touchpoint(touchpoint), m_index(indexInCell)
{
}

void AddTouchpoint::redoEdit(DocumentEdit &edit) { edit.insertTouchpoint(m_touchpoint, m_index); }
void AddTouchpoint::undoEdit(DocumentEdit &edit) { edit.removeTouchpoint(m_touchpoint.id); }

RemoveTouchpoints::RemoveTouchpoints(JourneyDocument *document, const QList<TouchpointId> &ids)
    : DocumentCommand(document, tr("Delete %n card(s)", int(ids.size()))), m_removed(document->map(), ids)
{
}

void RemoveTouchpoints::redoEdit(DocumentEdit &edit) { m_removed.remove(edit); }
void RemoveTouchpoints::undoEdit(DocumentEdit &edit) { m_removed.restore(edit); }

MoveTouchpoints::MoveTouchpoints(JourneyDocument *document, const QList<TouchpointId> &ids, StageId stage,
                                 LaneId lane, int indexInCell, int dragId)
    : DocumentCommand(document, tr("Move %n card(s)", int(ids.size()))),
      m_ids(ids),
      m_target{stage.value, lane.value},
      m_dragId(dragId)
{
    const JourneyMap &map = document->map();
    QList<TouchpointId> rest = map.cell(stage, lane);
    for (TouchpointId id : ids) {
        rest.removeAll(id);
        if (const Touchpoint *t = map.touchpoint(id))
            m_before.try_emplace({t->stage.value, t->lane.value}, map.cell(t->stage, t->lane));
    }
    m_before.try_emplace(m_target, map.cell(stage, lane));
    m_targetOrder = rest;
    const int at = std::clamp(indexInCell, 0, int(rest.size()));
    for (int i = 0; i < ids.size(); ++i)
        m_targetOrder.insert(at + i, ids[i]);
}

// Arranging the cell yields any order, however the moved cards were
// interleaved before.
void MoveTouchpoints::arrange(DocumentEdit &edit, Cell cell, const QList<TouchpointId> &order)
{
    edit.arrangeCell(StageId(cell.first), LaneId(cell.second), order);
}

void MoveTouchpoints::redoEdit(DocumentEdit &edit) { arrange(edit, m_target, m_targetOrder); }

void MoveTouchpoints::undoEdit(DocumentEdit &edit)
{
    for (const auto &[cell, order] : m_before)
        arrange(edit, cell, order);
}

bool MoveTouchpoints::mergeWith(const QUndoCommand *other)
{
    const auto *move = dynamic_cast<const MoveTouchpoints *>(other);
    if (!move || move->m_dragId != m_dragId || move->m_ids != m_ids)
        return false;
    for (const auto &[cell, order] : move->m_before)
        m_before.try_emplace(cell, order); // cells this drag had not touched yet
    m_target = move->m_target;
    m_targetOrder = move->m_targetOrder;
    return true;
}

} // namespace stagecraft
