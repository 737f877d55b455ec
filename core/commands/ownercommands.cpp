#include "ownercommands.h"

#include <QCoreApplication>

namespace stagecraft {

AddOwner::AddOwner(JourneyDocument *document, const Owner &owner, int index)
    : DocumentCommand(document, QCoreApplication::translate("Commands", "Add owner")), m_owner(owner), m_index(index)
{
}

RemoveOwner::RemoveOwner(JourneyDocument *document, OwnerId id)
    : DocumentCommand(document, QCoreApplication::translate("Commands", "Delete owner"))
{
    const JourneyMap &map = document->map();
    if (const Owner *o = map.owner(id))
        m_owner = *o;
    m_index = map.ownerIndex(id);
    for (const Touchpoint &t : map.touchpoints)
        if (t.owner == id)
            m_owned.append(t.id);
}

void RemoveOwner::redoEdit(DocumentEdit &edit)
{
    for (TouchpointId id : m_owned) {
        Touchpoint t = *edit.map().touchpoint(id);
        t.owner.reset();
        edit.updateTouchpoint(t);
    }
    edit.removeOwner(m_owner.id);
}

void RemoveOwner::undoEdit(DocumentEdit &edit)
{
    edit.insertOwner(m_owner, m_index);
    for (TouchpointId id : m_owned) {
        Touchpoint t = *edit.map().touchpoint(id);
        t.owner = m_owner.id;
        edit.updateTouchpoint(t);
    }
}

} // namespace stagecraft

namespace stagecraft {

AssignOwner::AssignOwner(JourneyDocument *document, const QList<TouchpointId> &ids, std::optional<OwnerId> owner)
    : DocumentCommand(document, owner ? QCoreApplication::translate("Commands", "Assign owner")
                                      : QCoreApplication::translate("Commands", "Clear owner")),
      m_owner(owner)
{
    for (TouchpointId id : ids)
        if (const Touchpoint *t = document->map().touchpoint(id))
            m_before.append({id, t->owner});
}

void AssignOwner::redoEdit(DocumentEdit &edit)
{
    for (const auto &[id, old] : m_before) {
        Touchpoint t = *edit.map().touchpoint(id);
        t.owner = m_owner;
        edit.updateTouchpoint(t);
    }
}

void AssignOwner::undoEdit(DocumentEdit &edit)
{
    for (const auto &[id, old] : m_before) {
        Touchpoint t = *edit.map().touchpoint(id);
        t.owner = old;
        edit.updateTouchpoint(t);
    }
}

} // namespace stagecraft
