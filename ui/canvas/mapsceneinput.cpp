// MapScene's interaction: selection, dragging cards, drawing links, menus.
#include "mapscene.h"

#include "cardmenu.h"
#include "carditem.h"
#include "commands/edit.h"
#include "headeritem.h"
#include "headermenu.h"
#include "layout/maplayout.h"
#include "linklayer.h"
#include "mapselection.h"
#include "model/journeydocument.h"

#include <QCursor>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMenu>

namespace stagecraft {

namespace {

// The kind a link drawn between two cards most likely has.
LinkKind likelyKind(const JourneyMap &map, const Touchpoint &from, const Touchpoint &to)
{
    const Lane *a = map.lane(from.lane);
    const Lane *b = map.lane(to.lane);
    if (a && b && !laneIsCustomerVisible(a->kind) && laneIsCustomerVisible(b->kind))
        return LinkKind::Supports;
    if (from.owner && to.owner && from.owner != to.owner)
        return LinkKind::Handoff;
    return LinkKind::Flow;
}

} // namespace

void MapScene::syncSelectionFromItems()
{
    // A link is selected by the link layer (selectLink()), not as an item.
    QList<TouchpointId> cards;
    const HeaderItem *header = nullptr;
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == CardItem::Type)
            cards << static_cast<CardItem *>(item)->id();
        else if (item->type() == HeaderItem::Type)
            header = static_cast<HeaderItem *>(item);
    }
    if (!cards.isEmpty()) {
        // Map order, so multi-card moves keep their relative order.
        std::sort(cards.begin(), cards.end(),
                  [this](TouchpointId a, TouchpointId b) { return map().touchpointIndex(a) < map().touchpointIndex(b); });
        m_selection->setTouchpoints(cards);
    } else if (header && header->kind() == HeaderItem::Kind::Phase) {
        m_selection->setPhase(PhaseId(header->id()));
    } else if (header && header->kind() == HeaderItem::Kind::Stage) {
        m_selection->setStage(StageId(header->id()));
    } else if (header) {
        m_selection->setLane(LaneId(header->id()));
    } else {
        m_selection->clear();
    }
}

void MapScene::selectTouchpoints(const QList<TouchpointId> &ids)
{
    clearSelection();
    for (TouchpointId id : ids)
        if (CardItem *card = m_cards.value(id))
            card->setSelected(true);
}

void MapScene::selectLink(LinkId id)
{
    clearSelection();
    if (map().link(id))
        m_selection->setLink(id);
}

void MapScene::clearDropFeedback()
{
    delete m_dropMarker;
    m_dropMarker = nullptr;
    delete m_linkDraft;
    m_linkDraft = nullptr;
}

void MapScene::dragCards(const QList<TouchpointId> &ids, const QPointF &delta, const QPointF &scenePos)
{
    for (TouchpointId id : ids)
        if (CardItem *card = m_cards.value(id)) {
            card->setPos(m_layout->cardRect(id).topLeft() + delta);
            card->setZValue(40);
            card->setOpacity(0.85);
        }
    // A bar where the cards will land.
    const auto [stage, lane] = cellIndexAt(scenePos);
    if (stage < 0 || lane < 0) {
        delete m_dropMarker;
        m_dropMarker = nullptr;
        return;
    }
    const int index = dropIndexAt(stage, lane, scenePos, ids);
    QList<TouchpointId> rest;
    for (TouchpointId id : m_layout->cellCards(stage, lane))
        if (!ids.contains(id))
            rest << id;
    const QRectF cell = cellRect(stage, lane);
    const LayoutMetrics &lm = m_layout->metrics();
    const double pad = lm.scaled(lm.cellPaddingX);
    const double gap = lm.scaled(lm.cardGap) / 2;
    const double y = rest.isEmpty() ? cell.top() + lm.scaled(lm.cellPaddingY) / 2
                     : index < rest.size() ? cardRect(rest[index]).top() - gap
                                          : cardRect(rest.last()).bottom() + gap;
    if (!m_dropMarker) {
        auto *bar = new QGraphicsRectItem;
        bar->setBrush(QColor(0x2d, 0x6c, 0xdf));
        bar->setPen(Qt::NoPen);
        bar->setZValue(45);
        addItem(bar);
        m_dropMarker = bar;
    }
    static_cast<QGraphicsRectItem *>(m_dropMarker)->setRect(cell.left() + pad, y - 2, cell.width() - 2 * pad, 4);
}

void MapScene::dropCards(const QList<TouchpointId> &ids, const QPointF &scenePos)
{
    clearDropFeedback();
    for (TouchpointId id : ids)
        if (CardItem *card = m_cards.value(id)) {
            card->setZValue(10);
            card->setOpacity(1.0);
        }
    const auto [stage, lane] = cellIndexAt(scenePos);
    bool moved = false;
    if (stage >= 0 && lane >= 0) {
        const JourneyMap &m = map();
        const StageId s = m.stages[stage].id;
        const LaneId l = m.lanes[lane].id;
        const int index = dropIndexAt(stage, lane, scenePos, ids);
        const Touchpoint *first = m.touchpoint(ids.first());
        const bool unchanged = ids.size() == 1 && first->stage == s && first->lane == l && m.indexInCell(first->id) == index;
        if (!unchanged)
            moved = edit::moveTouchpoints(*m_doc, ids, s, l, index, ++m_dragId);
    }
    if (!moved)
        for (TouchpointId id : ids) // back where the layout says
            if (CardItem *card = m_cards.value(id))
                card->setRect(m_layout->cardRect(id));
}

void MapScene::dragLink(TouchpointId from, const QPointF &scenePos)
{
    if (!m_linkDraft) {
        m_linkDraft = new QGraphicsPathItem;
        m_linkDraft->setPen(QPen(QColor(0x2d, 0x6c, 0xdf), 2, Qt::DashLine, Qt::RoundCap));
        m_linkDraft->setZValue(45);
        addItem(m_linkDraft);
    }
    const QRectF r = cardRect(from);
    QPainterPath path(QPointF(r.right(), r.center().y()));
    path.lineTo(scenePos);
    m_linkDraft->setPath(path);
}

void MapScene::dropLink(TouchpointId from, const QPointF &scenePos, Qt::KeyboardModifiers modifiers)
{
    clearDropFeedback();
    TouchpointId to;
    for (QGraphicsItem *item : items(scenePos))
        if (item->type() == CardItem::Type && static_cast<CardItem *>(item)->id() != from) {
            to = static_cast<CardItem *>(item)->id();
            break;
        }
    const Touchpoint *a = map().touchpoint(from);
    const Touchpoint *b = map().touchpoint(to);
    if (!a || !b)
        return;
    std::optional<LinkKind> kind;
    if (modifiers & Qt::ShiftModifier)
        kind = LinkKind::Flow;
    else if (modifiers & Qt::ControlModifier)
        kind = LinkKind::Supports;
    else if (modifiers & Qt::AltModifier)
        kind = LinkKind::Handoff;
    else
        kind = CardMenu::chooseLinkKind(likelyKind(map(), *a, *b), QCursor::pos());
    if (kind)
        edit::addLink(*m_doc, from, to, *kind);
}

void MapScene::dropOwner(TouchpointId on, OwnerId owner)
{
    // Dropped on a selected card: the whole selection takes the owner.
    QList<TouchpointId> ids{on};
    if (m_selection->touchpoints().contains(on))
        ids = m_selection->touchpoints();
    edit::assignOwner(*m_doc, ids, owner);
}

void MapScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        const auto [stage, lane] = cellIndexAt(event->scenePos());
        if (stage >= 0 && lane >= 0 && cellRect(stage, lane).contains(event->scenePos()))
            Q_EMIT cellClicked(stage, lane);
    }
    QGraphicsScene::mousePressEvent(event);
    // A press on nothing clears the selection; the scene clears only items'.
    if (!event->isAccepted() && !(event->modifiers() & Qt::ControlModifier)
        && m_selection->kind() == MapSelection::Kind::Link)
        m_selection->clear();
}

void MapScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    QGraphicsScene::contextMenuEvent(event); // headers have their own menus
    if (event->isAccepted())
        return;
    for (QGraphicsItem *item : items(event->scenePos())) {
        if (item->type() == CardItem::Type) {
            const TouchpointId id = static_cast<CardItem *>(item)->id();
            if (!item->isSelected())
                selectTouchpoints({id});
            return CardMenu::execForCards(this, m_selection->touchpoints(), event->screenPos());
        }
        if (item == m_lines) {
            if (const LinkId link = m_lines->linkAt(event->scenePos()); link.isValid()) {
                selectLink(link);
                return CardMenu::execForLink(this, link, event->screenPos());
            }
        }
    }
    const auto [stage, lane] = cellIndexAt(event->scenePos());
    if (stage >= 0 && lane >= 0 && cellRect(stage, lane).contains(event->scenePos())) {
        Q_EMIT cellClicked(stage, lane);
        HeaderMenu::execForCell(this, stage, lane, event->screenPos());
    }
}

} // namespace stagecraft
