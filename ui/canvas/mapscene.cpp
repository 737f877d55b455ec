#include "mapscene.h"

#include "analysis/analysisrunner.h"
#include "carditem.h"
#include "commands/edit.h"
#include "griditem.h"
#include "headeritem.h"
#include "headermenu.h"
#include "layout/maplayout.h"
#include "linkitem.h"
#include "mapselection.h"
#include "model/journeydocument.h"
#include "render/maprenderer.h"

#include <QCursor>
#include <QGraphicsPathItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>

namespace stagecraft {

MapScene::MapScene(JourneyDocument *doc, AnalysisRunner *runner, QObject *parent)
    : QGraphicsScene(parent), m_doc(doc), m_runner(runner), m_selection(new MapSelection(this)),
      m_layout(std::make_unique<MapLayout>())
{
    // No BSP index: measured on 10,000 cards, building it took 14 s and an
    // edit that shifts the rows below (cells grow) re-indexes thousands of
    // items; long links sit in most of its leaves. A linear pass over the
    // items' cached bounds is a few tens of ms, and painting stays limited
    // to the exposed items either way.
    setItemIndexMethod(QGraphicsScene::NoIndex);
    m_grid = new GridItem(this);
    addItem(m_grid);
    m_cursor = new CursorItem;
    addItem(m_cursor);
    relayout();
    syncHeaders();
    findingsChanged();
    syncCards({});
    syncLinks({}, {}, true);
    connect(m_doc, &JourneyDocument::changed, this, &MapScene::documentChanged);
    connect(m_runner, &AnalysisRunner::resultChanged, this, &MapScene::findingsChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &MapScene::syncSelectionFromItems);
}

MapScene::~MapScene()
{
    disconnect(this, &QGraphicsScene::selectionChanged, this, &MapScene::syncSelectionFromItems);
    clear(); // items paint through m_renderer and m_layout: go first
}

const JourneyMap &MapScene::map() const { return m_doc->map(); }

void MapScene::relayout()
{
    // Assigned in place: the renderer holds a reference to this layout.
    *m_layout = MapLayout(map(), m_workshop ? LayoutMetrics::workshop() : LayoutMetrics{});
    if (!m_renderer)
        rebuildRenderer();
    m_grid->setRect(m_layout->bounds());
    setSceneRect(m_layout->bounds().adjusted(-400, -300, 400, 300));
}

void MapScene::rebuildRenderer()
{
    // Cheap (one pass over the findings); made again whenever what it shows changes.
    RenderOptions options;
    options.analysis = &m_runner->result();
    options.department = m_focusDepartment;
    m_renderer = std::make_unique<MapRenderer>(map(), *m_layout, options);
}

void MapScene::paintCard(QPainter *painter, const Touchpoint &card, const QRectF &rect, bool selected,
                         bool hovered) const
{
    MapRenderer::CardStates states = MapRenderer::Plain;
    if (selected)
        states |= MapRenderer::Selected;
    if (hovered)
        states |= MapRenderer::Hovered;
    m_renderer->paintCard(*painter, card, rect, states);
}

void MapScene::documentChanged(const ChangeEvent &event)
{
    relayout();
    if (event.touches(ChangeEvent::Structure) || event.touches(ChangeEvent::Touchpoints))
        syncHeaders(); // rows grow with their cards: lane headers follow
    if (event.touches(ChangeEvent::Owners)) {
        rebuildRenderer(); // the focused department may have been renamed
        for (CardItem *card : std::as_const(m_cards))
            card->update(); // colours and names
    }
    const QSet<TouchpointId> changedCards = syncCards(event.touchpoints);
    syncLinks(event.links, changedCards, event.touches(ChangeEvent::Owners));
    m_grid->update();
    Q_EMIT layoutChanged();
}

QRectF MapScene::mapRect() const { return m_layout->bounds(); }

QRectF MapScene::cellRect(int stageIndex, int laneIndex) const
{
    const JourneyMap &m = map();
    if (stageIndex < 0 || laneIndex < 0 || stageIndex >= int(m.stages.size()) || laneIndex >= int(m.lanes.size()))
        return {};
    return m_layout->cellRect(stageIndex, laneIndex);
}

QRectF MapScene::newCardRect(int stageIndex, int laneIndex) const
{
    const QRectF cell = cellRect(stageIndex, laneIndex);
    if (cell.isEmpty())
        return {};
    const LayoutMetrics &lm = m_layout->metrics();
    const QList<TouchpointId> &cards = m_layout->cellCards(stageIndex, laneIndex);
    const double padX = lm.scaled(lm.cellPaddingX);
    const double top = cards.isEmpty() ? cell.top() + lm.scaled(lm.cellPaddingY)
                                       : cardRect(cards.last()).bottom() + lm.scaled(lm.cardGap);
    const double height = lm.scaled(26);
    return QRectF(cell.left() + padX, std::min(top, cell.bottom() - height), cell.width() - 2 * padX, height);
}

QRectF MapScene::cardRect(TouchpointId id) const { return m_layout->cardRect(id); }

QRectF MapScene::titleRect(TouchpointId id) const
{
    // Over the title line of the card (see CardPainter): clear of the owner stripe.
    const QRectF card = m_layout->cardRect(id);
    const double s = m_layout->metrics().typeScale;
    return QRectF(card.left() + 8 * s, card.top() + 3 * s, card.width() - 12 * s, 24 * s);
}

QRectF MapScene::linkRect(LinkId id) const
{
    const MapLayout::LinkRoute *route = m_layout->route(id);
    return route ? route->path.boundingRect() : QRectF();
}

QRectF MapScene::headerRect(const QString &kind, qint64 id) const
{
    if (kind == QLatin1String("phase")) {
        for (const auto &p : m_layout->phases())
            if (p.id.value == id)
                return p.rect;
    } else if (kind == QLatin1String("stage")) {
        for (const auto &s : m_layout->stages())
            if (s.id.value == id)
                return s.header;
    } else {
        for (const auto &l : m_layout->lanes())
            if (l.id.value == id)
                return l.header;
    }
    return {};
}

std::pair<int, int> MapScene::cellIndexAt(const QPointF &pos) const
{
    // By column and row separately, so that headers can use it too.
    int stage = -1, lane = -1;
    const auto &stages = m_layout->stages();
    for (int i = 0; i < int(stages.size()); ++i)
        if (pos.x() >= stages[i].header.left() && pos.x() < stages[i].header.right())
            stage = i;
    const auto &lanes = m_layout->lanes();
    for (int i = 0; i < int(lanes.size()); ++i)
        if (pos.y() >= lanes[i].header.top() && pos.y() < lanes[i].header.bottom())
            lane = i;
    return {stage, lane};
}

int MapScene::dropIndexAt(int stageIndex, int laneIndex, const QPointF &pos, const QList<TouchpointId> &moving) const
{
    int index = 0;
    for (TouchpointId id : m_layout->cellCards(stageIndex, laneIndex))
        if (!moving.contains(id) && cardRect(id).center().y() < pos.y())
            ++index;
    return index;
}

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
    // Two items per link: the line under the cards, its label (if it has
    // one: a time or a hand-off marker) over them. Only links whose route,
    // value or ends changed are touched.
    const QSet<LinkId> named(changed.cbegin(), changed.cend());
    auto hasLabel = [](const Link &l) { return l.kind == LinkKind::Handoff || l.agreedTime || l.waitTime; };
    auto sync = [&](QHash<LinkId, LinkItem *> &items, int parts, qreal z, bool labels) {
        QHash<LinkId, LinkItem *> old = std::move(items);
        items.clear();
        for (const Link &l : map().links) {
            if (labels && !hasLabel(l))
                continue;
            LinkItem *item = old.take(l.id);
            bool stale = true;
            if (!item) {
                item = new LinkItem(this, l, parts);
                item->setZValue(z);
                addItem(item);
            } else {
                const bool valueChanged = (named.isEmpty() || named.contains(l.id)) && item->setLink(l);
                stale = valueChanged || all || cards.contains(l.from) || cards.contains(l.to);
            }
            if (stale)
                item->updateGeometry();
            items.insert(l.id, item);
        }
        qDeleteAll(old);
    };
    sync(m_links, MapRenderer::LinkLine, 5, false);
    sync(m_linkLabels, MapRenderer::LinkLabel, 15, true);
}

void MapScene::findingsChanged()
{
    // Pointers into the runner's current result, valid until it next changes.
    QHash<TouchpointId, std::vector<const Finding *>> fresh;
    for (const Finding &f : m_runner->result().findings)
        for (TouchpointId id : f.touchpoints)
            fresh[id].push_back(&f);
    // Repaint only the cards whose badges changed (compared by a digest: the
    // previous result is gone by now).
    QHash<TouchpointId, size_t> keys;
    keys.reserve(fresh.size());
    for (auto it = fresh.cbegin(); it != fresh.cend(); ++it) {
        size_t key = 0;
        for (const Finding *f : it.value())
            key = qHashMulti(key, f->rule, int(f->severity), f->message);
        keys.insert(it.key(), key);
    }
    QList<TouchpointId> dirty;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it)
        if (m_badgeKeys.value(it.key(), 0) != it.value() || !m_badgeKeys.contains(it.key()))
            dirty << it.key();
    for (auto it = m_badgeKeys.cbegin(); it != m_badgeKeys.cend(); ++it)
        if (!keys.contains(it.key()))
            dirty << it.key();
    m_findings = std::move(fresh);
    m_badgeKeys = std::move(keys);
    rebuildRenderer();
    for (TouchpointId id : dirty)
        if (CardItem *card = m_cards.value(id))
            card->update();
}

const std::vector<const Finding *> &MapScene::findingsOn(TouchpointId id) const
{
    static const std::vector<const Finding *> none;
    auto it = m_findings.constFind(id);
    return it == m_findings.cend() ? none : it.value();
}

bool MapScene::isFaded(TouchpointId id) const
{
    const CardItem *card = m_cards.value(id);
    return card && m_renderer->isFaded(card->touchpoint());
}

void MapScene::setFocusDepartment(const QString &department)
{
    if (department == m_focusDepartment)
        return;
    m_focusDepartment = department;
    rebuildRenderer();
    update(); // every card and link may change
}

void MapScene::setWorkshopMode(bool on)
{
    if (on == m_workshop)
        return;
    m_workshop = on; // larger type: the layout itself grows
    relayout();
    syncHeaders();
    syncCards({});
    syncLinks({}, {}, true);
    update();
    Q_EMIT layoutChanged();
}

void MapScene::setCursorCell(int stageIndex, int laneIndex) { m_cursor->setRect(cellRect(stageIndex, laneIndex)); }

} // namespace stagecraft
