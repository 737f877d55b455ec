#include "cardmenu.h"

#include "commands/edit.h"
#include "docks/swatch.h"
#include "mapscene.h"
#include "model/journeydocument.h"

#include <QCoreApplication>
#include <QMenu>

namespace stagecraft {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CardMenu", text, disambiguation, n);
}

QString kindTitle(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Flow:
        return tr("Flow: the customer's next step");
    case LinkKind::Supports:
        return tr("Supports: makes it possible");
    case LinkKind::Handoff:
        return tr("Hand-off: work passes to another team");
    }
    return {};
}

} // namespace

void CardMenu::execForCards(MapScene *scene, const QList<TouchpointId> &ids, const QPoint &screenPos)
{
    JourneyDocument &doc = *scene->document();
    if (doc.isReadOnly() || ids.isEmpty())
        return;
    QMenu menu;
    if (ids.size() == 1)
        menu.addAction(tr("Edit Title"), [=] { Q_EMIT scene->editTitleRequested(ids.first()); });
    QMenu *owners = menu.addMenu(tr("Owner"));
    owners->addAction(tr("No Owner"), [=, &doc] { edit::assignOwner(doc, ids, std::nullopt); });
    owners->addSeparator();
    for (const Owner &o : doc.map().owners) {
        const OwnerId id = o.id;
        owners->addAction(swatchIcon(o.color), o.name, [=, &doc] { edit::assignOwner(doc, ids, id); });
    }
    menu.addSeparator();
    menu.addAction(ids.size() == 1 ? tr("Delete Card") : tr("Delete %n Cards", nullptr, int(ids.size())),
                   [=, &doc] { edit::removeTouchpoints(doc, ids); });
    menu.exec(screenPos);
}

void CardMenu::execForLink(MapScene *scene, LinkId id, const QPoint &screenPos)
{
    JourneyDocument &doc = *scene->document();
    const Link *link = doc.map().link(id);
    if (doc.isReadOnly() || !link)
        return;
    QMenu menu;
    for (LinkKind k : {LinkKind::Flow, LinkKind::Supports, LinkKind::Handoff}) {
        QAction *a = menu.addAction(kindTitle(k), [=, &doc] {
            Link changed = *doc.map().link(id);
            changed.kind = k;
            edit::changeLink(doc, changed);
        });
        a->setCheckable(true);
        a->setChecked(link->kind == k);
    }
    menu.addSeparator();
    menu.addAction(tr("Delete Link"), [=, &doc] { edit::removeLinks(doc, {id}); });
    menu.exec(screenPos);
}

std::optional<LinkKind> CardMenu::chooseLinkKind(LinkKind suggested, const QPoint &screenPos)
{
    QMenu menu;
    menu.setTitle(tr("Link kind"));
    QAction *chosen[3] = {};
    for (LinkKind k : {LinkKind::Flow, LinkKind::Supports, LinkKind::Handoff})
        chosen[int(k)] = menu.addAction(kindTitle(k));
    menu.setActiveAction(chosen[int(suggested)]);
    QAction *picked = menu.exec(screenPos, chosen[int(suggested)]);
    for (LinkKind k : {LinkKind::Flow, LinkKind::Supports, LinkKind::Handoff})
        if (picked && picked == chosen[int(k)])
            return k;
    return std::nullopt;
}

} // namespace stagecraft
