#include "mapscene.h"

#include "analysis/analysisrunner.h"
#include "cardmenu.h"
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
      m_renderer(std::make_unique<MapRenderer>())
{
    // Cards are many and mostly still: a BSP index makes painting and
    // hit-testing depend on what is visible, not on the map's size.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_grid = new GridItem(this);
    addItem(m_grid);
    m_cursor = new CursorItem;
    addItem(m_cursor);
    relayout();
    syncHeaders();
    findingsChanged();
    syncCards({});
    syncLinks({});
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
    m_layout = std::make_unique<MapLayout>(MapLayout::compute(map(), LayoutOptions{}));
    m_grid->setRect(m_layout->bounds());
    setSceneRect(m_layout->bounds().adjusted(-400, -300, 400, 300));
}

void MapScene::documentChanged(const ChangeEvent &event)
{
    relayout();
    if (event.touches(ChangeEvent::Structure) || event.touches(ChangeEvent::Touchpoints))
        syncHeaders(); // rows grow with their cards: lane headers follow
    if (event.touches(ChangeEvent::Owners))
        for (CardItem *card : std::as_const(m_cards))
            card->update(); // colours and names
    syncCards(event.touchpoints);
    syncLinks(event.links);
    m_grid->update();
    Q_EMIT layoutChanged();
}

QRectF MapScene::mapRect() const { return m_layout->bounds(); }

QRectF MapScene::cellRect(int stageIndex, int laneIndex) const
{
    const JourneyMap &m = map();
    if (stageIndex < 0 || laneIndex < 0 || stageIndex >= int(m.stages.size()) || laneIndex >= int(m.lanes.size()))
        return {};
    return m_layout->cellRect(m.stages[stageIndex].id, m.lanes[laneIndex].id);
}

QRectF MapScene::newCardRect(int stageIndex, int laneIndex) const
{
    const QRectF cell = cellRect(stageIndex, laneIndex);
    if (cell.isEmpty())
        return {};
    const JourneyMap &m = map();
    const QList<TouchpointId> cards = m.cell(m.stages[stageIndex].id, m.lanes[laneIndex].id);
    const double pad = m_layout->cellPadding();
    const double top = cards.isEmpty() ? cell.top() + pad : cardRect(cards.last()).bottom() + pad;
    return QRectF(cell.left() + pad, std::min(top, cell.bottom() - 30), cell.width() - 2 * pad, 30);
}

QRectF MapScene::cardRect(TouchpointId id) const { return m_layout->cardRect(id); }

QRectF MapScene::titleRect(TouchpointId id) const
{
    return m_renderer->cardTitleRect(m_layout->cardRect(id));
}

QRectF MapScene::linkRect(LinkId id) const { return m_layout->linkPath(id).boundingRect(); }

QRectF MapScene::headerRect(const QString &kind, qint64 id) const
{
    if (kind == QLatin1String("phase"))
        return m_layout->phaseRect(PhaseId(id));
    if (kind == QLatin1String("stage"))
        return m_layout->stageHeaderRect(StageId(id));
    return m_layout->laneHeaderRect(LaneId(id));
}

std::pair<int, int> MapScene::cellIndexAt(const QPointF &pos) const
{
    // By column and row separately, so that headers can use it too.
    const JourneyMap &m = map();
    int stage = -1, lane = -1;
    for (int i = 0; i < int(m.stages.size()); ++i) {
        const QRectF r = m_layout->stageHeaderRect(m.stages[i].id);
        if (pos.x() >= r.left() && pos.x() < r.right())
            stage = i;
    }
    for (int i = 0; i < int(m.lanes.size()); ++i) {
        const QRectF r = m_layout->laneHeaderRect(m.lanes[i].id);
        if (pos.y() >= r.top() && pos.y() < r.bottom())
            lane = i;
    }
    return {stage, lane};
}

int MapScene::dropIndexAt(int stageIndex, int laneIndex, const QPointF &pos, const QList<TouchpointId> &moving) const
{
    const JourneyMap &m = map();
    int index = 0;
    for (TouchpointId id : m.cell(m.stages[stageIndex].id, m.lanes[laneIndex].id))
        if (!moving.contains(id) && cardRect(id).center().y() < pos.y())
            ++index;
    return index;
}

void MapScene::syncHeaders()
{
    const JourneyMap &m = map();
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
    for (const Phase &p : m.phases)
        keep(HeaderItem::Kind::Phase, p.id.value, m_layout->phaseRect(p.id));
    for (const Stage &s : m.stages)
        keep(HeaderItem::Kind::Stage, s.id.value, m_layout->stageHeaderRect(s.id));
    for (const Lane &l : m.lanes)
        keep(HeaderItem::Kind::Lane, l.id.value, m_layout->laneHeaderRect(l.id));
    qDeleteAll(old);
    m_headers = std::move(fresh);
}

void MapScene::syncCards(const QList<TouchpointId> &changed)
{
    const JourneyMap &m = map();
    QHash<TouchpointId, CardItem *> old = std::move(m_cards);
    m_cards.clear();
    m_cards.reserve(qsizetype(m.touchpoints.size()));
    for (const Touchpoint &t : m.touchpoints) {
        CardItem *card = old.take(t.id);
        const QRectF rect = m_layout->cardRect(t.id);
        if (!card) {
            card = new CardItem(this, t, rect);
            addItem(card);
        } else {
            card->setRect(rect); // no-op unless the card moved or resized
            if (changed.contains(t.id) || changed.isEmpty())
                card->setTouchpoint(t);
        }
        m_cards.insert(t.id, card);
    }
    qDeleteAll(old);
}

void MapScene::syncLinks(const QList<LinkId> &changed)
{
    const JourneyMap &m = map();
    QHash<LinkId, LinkItem *> old = std::move(m_links);
    m_links.clear();
    for (const Link &l : m.links) {
        LinkItem *item = old.take(l.id);
        const QPainterPath path = m_layout->linkPath(l.id);
        if (!item) {
            item = new LinkItem(this, l, path);
            addItem(item);
        } else {
            item->setPath(path);
            if (changed.contains(l.id) || changed.isEmpty())
                item->setLink(l);
        }
        m_links.insert(l.id, item);
    }
    qDeleteAll(old);
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
    if (m_focusDepartment.isEmpty())
        return false;
    const CardItem *card = m_cards.value(id);
    const Touchpoint &t = card ? card->touchpoint() : *map().touchpoint(id);
    const Owner *owner = t.owner ? map().owner(*t.owner) : nullptr;
    return !owner || owner->name != m_focusDepartment;
}

void MapScene::setFocusDepartment(const QString &department)
{
    if (department == m_focusDepartment)
        return;
    m_focusDepartment = department;
    update(); // every card and link may change
}

void MapScene::setWorkshopMode(bool on)
{
    m_workshop = on;
    update();
}

void MapScene::setCursorCell(int stageIndex, int laneIndex) { m_cursor->setRect(cellRect(stageIndex, laneIndex)); }

} // namespace stagecraft
