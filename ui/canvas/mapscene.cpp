#include "mapscene.h"

#include "analysis/analysisrunner.h"
#include "carditem.h"
#include "commands/edit.h"
#include "griditem.h"
#include "headeritem.h"
#include "headermenu.h"
#include "layout/maplayout.h"
#include "linklayer.h"
#include "linklabellayer.h"
#include "mapselection.h"
#include "model/journeydocument.h"
#include "render/maprenderer.h"

#include <QCursor>
#include <QGraphicsPathItem>
#include <QGraphicsView>
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
    m_lines = new LinkLayer(this);
    addItem(m_lines);
    m_labels = new LinkLabelLayer(this);
    addItem(m_labels);
    relayout();
    syncHeaders();
    findingsChanged();
    syncCards({});
    syncLinks(true);
    connect(m_doc, &JourneyDocument::changed, this, &MapScene::documentChanged);
    connect(m_runner, &AnalysisRunner::resultChanged, this, &MapScene::findingsChanged);
    connect(this, &QGraphicsScene::selectionChanged, this, &MapScene::syncSelectionFromItems);
    connect(m_selection, &MapSelection::changed, this, [this] {
        const LinkId link = m_selection->kind() == MapSelection::Kind::Link ? m_selection->link() : LinkId();
        m_lines->setSelectedLink(link);
        m_labels->setSelectedLink(link);
    });
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
    placeGrid();
}

void MapScene::placeGrid()
{
    if (!m_renderer)
        rebuildRenderer();
    m_grid->setRect(m_layout->bounds());
    m_lines->setBounds(m_layout->bounds());
    m_labels->setBounds(m_layout->bounds());
    const QRectF area = m_layout->bounds().adjusted(-400, -300, 400, 300);
    if (area != sceneRect())
        setSceneRect(area);
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
    if (!m_renderer->textLegible(*painter))
        states |= MapRenderer::Sketched;
    m_renderer->paintCard(*painter, card, rect, states);
}

void MapScene::documentChanged(const ChangeEvent &event)
{
    // The layout moves only the cells, rows and links the edit changed; the
    // items follow only where their geometry or content did.
    std::vector<QRectF> rowsBefore;
    rowsBefore.reserve(m_layout->lanes().size());
    for (const MapLayout::LaneRow &lane : m_layout->lanes())
        rowsBefore.push_back(lane.header.united(lane.row));
    m_shown = shownArea();
    const MapLayout::Change change = m_layout->update(map(), event);
    placeGrid();
    if (event.touches(ChangeEvent::Structure))
        m_grid->update();
    else if (change.rows)
        repaintRowsBelow(rowsBefore);
    if (event.touches(ChangeEvent::Structure) || event.touches(ChangeEvent::Touchpoints))
        syncHeaders(); // rows grow with their cards: lane headers follow
    if (event.touches(ChangeEvent::Structure))
        for (HeaderItem *h : m_headers)
            h->update(); // names may have changed; the rest repaint when they move
    if (event.touches(ChangeEvent::Owners)) {
        rebuildRenderer(); // the focused department may have been renamed
        for (CardItem *card : std::as_const(m_cards))
            card->update(); // colours and names
        m_labels->update(); // hand-off markers show both owners' colours
    }
    if (change.all || event.touches(ChangeEvent::Owners) || event.touches(ChangeEvent::Links)) {
        syncCards(event.touchpoints);
        syncLinks(event.touches(ChangeEvent::Owners));
    } else {
        syncChanged(change, event);
    }
    m_shown.reset();
    Q_EMIT layoutChanged();
}

QRectF MapScene::shownArea() const
{
    if (m_shown)
        return *m_shown;
    QRectF shown;
    for (const QGraphicsView *view : views())
        shown |= view->mapToScene(view->viewport()->rect()).boundingRect();
    return shown.adjusted(-16, -16, 16, 16); // the views' own margins for antialiasing
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
    return route ? route->line.toPath().boundingRect() : QRectF();
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

void MapScene::findingsChanged()
{
    // The renderer counts each card's badges by rule and severity, which a
    // finding's key holds: when no card's findings came or went (a move
    // re-sorts them and may rewrite a stage's name in their words), the
    // counts stand and the renderer, which reads the result in place, too.
    if (m_runner->changedCards().isEmpty())
        return;
    rebuildRenderer();
    // Repaint only the cards whose findings changed (by identity: the runner
    // compared the results; tooltips read the words when shown).
    for (TouchpointId id : m_runner->changedCards())
        if (CardItem *card = m_cards.value(id))
            card->update();
}

std::vector<const Finding *> MapScene::findingsOn(TouchpointId id) const
{
    // The result indexes its cards on first use (a tooltip), not per edit.
    return m_runner->result().forTouchpoint(id);
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
    syncLinks(true);
    update();
    Q_EMIT layoutChanged();
}

void MapScene::setCursorCell(int stageIndex, int laneIndex) { m_cursor->setRect(cellRect(stageIndex, laneIndex)); }

} // namespace stagecraft
