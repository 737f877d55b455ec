#pragma once

#include "documentcommand.h"

namespace stagecraft {

// Adds one link between two cards.
class AddLink : public DocumentCommand {
public:
    AddLink(JourneyDocument *document, const Link &link);

protected:
    void redoEdit(DocumentEdit &edit) override { edit.insertLink(m_link); }
    void undoEdit(DocumentEdit &edit) override { edit.removeLink(m_link.id); }

private:
    Link m_link;
};

// Removes links; the cards stay.
class RemoveLinks : public DocumentCommand {
public:
    RemoveLinks(JourneyDocument *document, const QList<LinkId> &ids);

protected:
    void redoEdit(DocumentEdit &edit) override;
    void undoEdit(DocumentEdit &edit) override;

private:
    std::vector<Link> m_links;
};

} // namespace stagecraft
