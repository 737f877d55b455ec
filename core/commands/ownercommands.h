#pragma once

#include "documentcommand.h"

namespace stagecraft {

// Adds a department.
class AddOwner : public DocumentCommand {
public:
    AddOwner(JourneyDocument *document, const Owner &owner, int index);

protected:
    void redoEdit(DocumentEdit &edit) override { edit.insertOwner(m_owner, m_index); }
    void undoEdit(DocumentEdit &edit) override { edit.removeOwner(m_owner.id); }

private:
    Owner m_owner;
    int m_index;
};

// Removes a department; its cards become unowned, and undo gives them back.
class RemoveOwner : public DocumentCommand {
public:
    RemoveOwner(JourneyDocument *document, OwnerId id);

protected:
    void redoEdit(DocumentEdit &edit) override;
    void undoEdit(DocumentEdit &edit) override;

private:
    Owner m_owner;
    int m_index = 0;
    QList<TouchpointId> m_owned;
};

} // namespace stagecraft

namespace stagecraft {

// Gives cards an owner (or none): one step however many cards.
class AssignOwner : public DocumentCommand {
public:
    AssignOwner(JourneyDocument *document, const QList<TouchpointId> &ids, std::optional<OwnerId> owner);

protected:
    void redoEdit(DocumentEdit &edit) override;
    void undoEdit(DocumentEdit &edit) override;

private:
    QList<std::pair<TouchpointId, std::optional<OwnerId>>> m_before;
    std::optional<OwnerId> m_owner;
};

} // namespace stagecraft
