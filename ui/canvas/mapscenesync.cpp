// The scene's items kept in step with the layout: headers, cards and links.
#include "mapscene.h"

#include "carditem.h"
#include "headeritem.h"
#include "linkitem.h"
#include "linklabellayer.h"
#include "model/journeydocument.h"
#include "render/maprenderer.h"

namespace stagecraft {

void MapScene::syncHeaders()
{
    QHash<QPair<int, qint64>, HeaderItem *> old;
    for (HeaderItem *h : m_headers)
        old.insert({int(h->kind()), h->id()}, h);
    std::vector<HeaderItem *> fresh;
    auto keep = [&](HeaderItem::Kind kind, qint64 id, const QRectF &rect) {
        HeaderItem *h = old.take({int(kind), id});
        if (!h) {
            h = new HeaderItem(this, kind, id, rect);
            addItem(h);
        } else {
            h->setRect(rect);
        }
        fresh.push_back(h);
    };
    for (const auto &p : m_layout->phases())
        keep(HeaderItem::Kind::Phase, p.id.value, p.rect);
    for (const auto &s : m_layout->stages())
        keep(HeaderItem::Kind::Stage, s.id.value, s.header);
    for (const auto &l : m_layout->lanes())
        keep(HeaderItem::Kind::Lane, l.id.value, l.header);
    qDeleteAll(old);
    m_headers = std::move(fresh);
}

QSet<TouchpointId> MapScene::syncCards(const QList<TouchpointId> &changed)
{
    // Every card is checked (cells grow and push rows down), but an item is
    // only touched when its place or content differs: cheap at 10,000 cards.
    const JourneyMap &m = map();
    const QSet<TouchpointId> named(changed.cbegin(), changed.cend());
    QSet<TouchpointId> touched;
    QHash<TouchpointId, CardItem *> old = std::move(m_cards);
    m_cards.clear();
    m_cards.reserve(qsizetype(m.touchpoints.size()));
    for (const Touchpoint &t : m.touchpoints) {
        CardItem *card = old.take(t.id);
        const QRectF rect = m_layout->cardRect(t.id);
        if (!card) {
            card = new CardItem(this, t, rect);
            addItem(card);
            touched.insert(t.id);
        } else {
            if (card->setRect(rect))
                touched.insert(t.id);
            if ((named.isEmpty() || named.contains(t.id)) && card->setTouchpoint(t))
                touched.insert(t.id);
        }
        m_cards.insert(t.id, card);
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it)
        touched.insert(it.key());
    qDeleteAll(old);
    return touched;
}

void MapScene::syncLinks(const QList<LinkId> &changed, const QSet<TouchpointId> &cards, bool all)
{
    // One item per link line (the labels are one layer over the cards, see
    // LinkLabelLayer). Only links whose route, value or ends changed are touched.
    const QSet<LinkId> named(changed.cbegin(), changed.cend());
    bool anyStale = false;
    QHash<LinkId, LinkItem *> old = std::move(m_links);
    m_links.clear();
    m_links.reserve(qsizetype(map().links.size()));
    for (const Link &l : map().links) {
        LinkItem *item = old.take(l.id);
        bool stale = true;
        if (!item) {
            item = new LinkItem(this, l);
            addItem(item);
        } else {
            const bool valueChanged = (named.isEmpty() || named.contains(l.id)) && item->setLink(l);
            stale = valueChanged || all || cards.contains(l.from) || cards.contains(l.to);
        }
        if (stale)
            item->updateGeometry();
        anyStale |= stale;
        m_links.insert(l.id, item);
    }
    // Many labels may move: repaint the layer rather than place each now.
    if (anyStale || !old.isEmpty())
        m_labels->update();
    qDeleteAll(old);
}

void MapScene::syncChanged(const MapLayout::Change &change, const ChangeEvent &event)
{
    const JourneyMap &m = map();
    QSet<TouchpointId> cards(change.cards.cbegin(), change.cards.cend());
    for (TouchpointId id : event.touchpoints)
        cards.insert(id);
    QSet<LinkId> links(change.links.cbegin(), change.links.cend());
    for (LinkId id : event.links)
        links.insert(id);
    for (TouchpointId id : std::as_const(cards)) {
        const Touchpoint *t = m.touchpoint(id);
        const QRectF rect = m_layout->cardRect(id);
        CardItem *card = m_cards.value(id);
        if (!t || rect.isNull()) {
            delete m_cards.take(id);
            continue;
        }
        if (!card) {
            m_cards.insert(id, card = new CardItem(this, *t, rect));
            addItem(card);
        } else {
            card->setRect(rect);
            card->setTouchpoint(*t);
        }
    }
    // A card's owner colours its links' ends: named cards repaint their links.
    for (TouchpointId id : event.touchpoints)
        for (LinkId l : m_layout->linksAt(m, id))
            links.insert(l);
    // Repainting one label where it goes means placing it first (a search
    // for room among the cards). When a row grows, every link below it moves:
    // then repaint the labels near all their old and new routes at once.
    constexpr qsizetype manyLinks = 64;
    QRectF routes;
    QRectF *movedRoutes = links.size() > manyLinks ? &routes : nullptr;
    for (LinkId id : std::as_const(links)) {
        if (const Link *l = m.link(id))
            syncLink(*l, movedRoutes);
        else
            removeLinkItem(id);
    }
    if (movedRoutes)
        m_labels->updateNear(routes);
}

void MapScene::syncLink(const Link &link, QRectF *movedRoutes)
{
    LinkItem *item = m_links.value(link.id);
    if (!item) {
        m_links.insert(link.id, item = new LinkItem(this, link));
        addItem(item);
    } else {
        item->setLink(link);
    }
    if (movedRoutes)
        *movedRoutes |= item->sceneBoundingRect(); // the old route
    item->updateGeometry();
    if (movedRoutes)
        *movedRoutes |= item->sceneBoundingRect();
    else
        m_labels->updateLink(link.id);
}

void MapScene::removeLinkItem(LinkId id)
{
    if (LinkItem *item = m_links.take(id)) {
        m_labels->updateLink(id);
        delete item;
    }
}

} // namespace stagecraft
