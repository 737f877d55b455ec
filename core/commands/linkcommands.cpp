#include "linkcommands.h"

#include <QCoreApplication>

namespace stagecraft {

AddLink::AddLink(JourneyDocument *document, const Link &link)
    : DocumentCommand(document, QCoreApplication::translate("Commands", "Link cards")), m_link(link)
{
}

RemoveLinks::RemoveLinks(JourneyDocument *document, const QList<LinkId> &ids)
    : DocumentCommand(document, QCoreApplication::translate("Commands", "Delete %n link(s)", nullptr, int(ids.size())))
{
    for (LinkId id : ids)
        if (const Link *l = document->map().link(id))
            m_links.push_back(*l);
}

void RemoveLinks::redoEdit(DocumentEdit &edit)
{
    for (const Link &l : m_links)
        edit.removeLink(l.id);
}

void RemoveLinks::undoEdit(DocumentEdit &edit)
{
    for (const Link &l : m_links)
        edit.insertLink(l);
}

} // namespace stagecraft
