// The scene's items kept in step with the layout: headers, cards and links.
#include "mapscene.h"

#include "carditem.h"
#include "headeritem.h"
#include "linklayer.h"
#include "linklabellayer.h"
#include "mapselection.h"
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

void MapScene::followLinks()
{
    // Links added or removed: the layers re-key what they keep per link.
    m_lines->follow(map());
    m_labels->follow(map());
    if (m_selection->kind() == MapSelection::Kind::Link && !map().link(m_selection->link()))
        m_selection->clear();
}

void MapScene::syncLinks(bool all)
{
    // The link layer repaints each line where its route changed.
    followLinks();
    const auto &links = map().links;
    for (size_t i = 0; i < links.size(); ++i)
        m_lines->syncLink(links[i], qsizetype(i), m_layout->route(links[i].id, qsizetype(i)), all);
    // Many labels may move: repaint the layer rather than place each now.
    m_labels->update();
}

void MapScene::syncChanged(const MapLayout::Change &change, const ChangeEvent &event)
{
    const JourneyMap &m = map();
    followLinks();
    const QSet<TouchpointId> edited(event.touchpoints.cbegin(), event.touchpoints.cend());
    QSet<TouchpointId> cards(change.cards.cbegin(), change.cards.cend());
    cards.unite(edited);
    for (TouchpointId id : std::as_const(cards)) {
        // The layout places exactly the map's cards: no rect, no card.
        const QRectF rect = m_layout->cardRect(id);
        const auto item = m_cards.find(id);
        if (rect.isNull()) {
            if (item != m_cards.end()) {
                delete *item;
                m_cards.erase(item);
            }
        } else if (item == m_cards.end()) {
            if (const Touchpoint *t = m.touchpoint(id)) {
                CardItem *card = m_cards.insert(id, new CardItem(this, *t, rect)).value();
                addItem(card);
            }
        } else {
            (*item)->setRect(rect);
            if (edited.contains(id)) // the others only slid or changed place
                if (const Touchpoint *t = m.touchpoint(id))
                    (*item)->setTouchpoint(*t);
        }
    }
    // By index in map.links, as the layout names them: when a row grows,
    // tens of thousands. A card's owner colours its links' ends: the links
    // of the named cards repaint whole.
    QList<int> named, extra;
    for (TouchpointId id : event.touchpoints)
        for (int i : m_layout->linkIndexesAt(id))
            named.append(i);
    for (LinkId id : event.links)
        if (const int i = m.linkIndex(id); i >= 0)
            extra.append(i);
    std::sort(named.begin(), named.end());
    extra.append(named);
    std::sort(extra.begin(), extra.end());
    // The layout's list is sorted already: merge the few others in.
    QList<int> links = change.links;
    links.append(extra);
    std::inplace_merge(links.begin(), links.end() - extra.size(), links.end());
    links.erase(std::unique(links.begin(), links.end()), links.end());
    // Repainting one label where it goes means placing it first (a search
    // for room among the cards). When a row grows, every link below it
    // moves: then repaint, unplaced, wherever each label may go.
    constexpr qsizetype manyLinks = 64;
    const bool many = links.size() > manyLinks;
    for (int i : std::as_const(links)) {
        if (i < 0 || size_t(i) >= m.links.size())
            continue;
        const Link &l = m.links[size_t(i)];
        const MapLayout::LinkRoute *route = m_layout->route(l.id, i);
        m_lines->syncLink(l, i, route, std::binary_search(named.cbegin(), named.cend(), i));
        if (many)
            m_labels->updateMoved(l, i, route);
        else
            m_labels->updateLink(l, i);
    }
}

void MapScene::repaintRowsBelow(const std::vector<QRectF> &rowsBefore)
{
    // The first row that changed grew or shrank at its bottom: what lies
    // above that stays, and all below it moved.
    const auto &lanes = m_layout->lanes();
    const qreal m = 4 * m_layout->metrics().typeScale; // the row's line and its antialiasing
    for (size_t i = 0; i < lanes.size() && i < rowsBefore.size(); ++i) {
        const QRectF now = lanes[i].header.united(lanes[i].row);
        if (now == rowsBefore[i])
            continue;
        const qreal top = std::min(now.bottom(), rowsBefore[i].bottom()) - m;
        const qreal bottom = std::max(m_layout->bounds().bottom(), rowsBefore.back().bottom()) + m;
        const QRectF span = m_layout->bounds() | now | rowsBefore[i];
        update(QRectF(QPointF(span.left() - m, top), QPointF(span.right() + m, bottom)));
        return;
    }
}

} // namespace stagecraft
