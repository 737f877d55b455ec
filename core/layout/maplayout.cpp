#include "maplayout.h"

#include "linkrouter.h"

#include <QCoreApplication>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace stagecraft {

namespace {

// Index of the band holding `v`, given ascending edges (n bands, n + 1 edges); -1 outside.
int bandAt(const std::vector<qreal> &edges, qreal v)
{
    if (edges.size() < 2 || v < edges.front() || v >= edges.back())
        return -1;
    return int(std::upper_bound(edges.begin(), edges.end(), v) - edges.begin()) - 1;
}

} // namespace

MapLayout::MapLayout(const JourneyMap &map, const LayoutMetrics &metrics) : m_metrics(metrics), m_router(metrics)
{
    fillCells(map);
    placeGrid(map);
    placeCards(map);
    m_router.routeAll(map, m_cards, {m_columnEdges, m_rowEdges, m_cells});
}

void MapLayout::fillCells(const JourneyMap &map)
{
    // Rows are as tall as their fullest cell, so count cards per cell first.
    const int stageCount = int(map.stages.size());
    m_cells.assign(size_t(stageCount) * map.lanes.size(), {});
    for (const Touchpoint &t : map.touchpoints) {
        const int s = map.stageIndex(t.stage);
        const int l = map.laneIndex(t.lane);
        if (s >= 0 && l >= 0)
            m_cells[size_t(l) * stageCount + s].append(t.id);
    }
}

void MapLayout::placeGrid(const JourneyMap &map)
{
    const LayoutMetrics &m = m_metrics;
    const qreal headerWidth = m.scaled(m.laneHeaderWidth);
    const qreal top = m.scaled(m.phaseBandHeight) + m.scaled(m.stageHeaderHeight);
    const qreal columnWidth = m.scaled(m.cardWidth) + 2 * m.scaled(m.cellPaddingX);
    const int stageCount = int(map.stages.size());
    const int laneCount = int(map.lanes.size());

    m_columnEdges.clear();
    m_rowEdges.clear();
    m_stages.clear();
    m_phases.clear();
    m_lanes.clear();
    m_lines.clear();
    for (int s = 0; s <= stageCount; ++s)
        m_columnEdges.push_back(headerWidth + s * columnWidth);
    qreal y = top;
    for (int l = 0; l < laneCount; ++l) {
        m_rowEdges.push_back(y);
        qsizetype most = 0;
        for (int s = 0; s < stageCount; ++s)
            most = std::max(most, m_cells[size_t(l) * stageCount + s].size());
        const qreal content = 2 * m.scaled(m.cellPaddingY) + most * m.scaled(m.cardHeight)
                              + std::max<qsizetype>(0, most - 1) * m.scaled(m.cardGap);
        y += std::max(m.scaled(m.minLaneHeight), content);
    }
    m_rowEdges.push_back(y);
    const qreal right = m_columnEdges.back();
    m_grid = QRectF(QPointF(headerWidth, top), QPointF(right, y));
    m_bounds = QRectF(QPointF(0, 0), QPointF(right, y));

    for (int s = 0; s < stageCount; ++s) {
        const Stage &stage = map.stages[s];
        const qreal x0 = m_columnEdges[s], x1 = m_columnEdges[s + 1];
        m_stages.push_back({stage.id, stage.name,
                            QRectF(QPointF(x0, m.scaled(m.phaseBandHeight)), QPointF(x1, top)),
                            QRectF(QPointF(x0, top), QPointF(x1, y))});
        if (m_phases.empty() || m_phases.back().id != stage.phase) {
            const Phase *phase = map.phase(stage.phase);
            m_phases.push_back({stage.phase, phase ? phase->name : QString(),
                                QRectF(x0, 0, 0, m.scaled(m.phaseBandHeight))});
        }
        m_phases.back().rect.setRight(x1);
    }
    for (int l = 0; l < laneCount; ++l) {
        const Lane &lane = map.lanes[l];
        const qreal y0 = m_rowEdges[l], y1 = m_rowEdges[l + 1];
        m_lanes.push_back({lane.id, lane.name, lane.kind, QRectF(QPointF(0, y0), QPointF(headerWidth, y1)),
                           QRectF(QPointF(headerWidth, y0), QPointF(right, y1))});
    }
    placeBlueprintLines();
}

MapLayout::Change MapLayout::update(const JourneyMap &map, const ChangeEvent &event)
{
    Change change;
    bool sameGrid = !event.touches(ChangeEvent::Structure) && map.stages.size() == m_stages.size()
                    && map.lanes.size() == m_lanes.size();
    for (size_t s = 0; sameGrid && s < m_stages.size(); ++s)
        sameGrid = map.stages[s].id == m_stages[s].id && map.stages[s].name == m_stages[s].name;
    for (size_t l = 0; sameGrid && l < m_lanes.size(); ++l)
        sameGrid = map.lanes[l].id == m_lanes[l].id && map.lanes[l].kind == m_lanes[l].kind;
    if (!sameGrid) {
        *this = MapLayout(map, m_metrics);
        change.all = change.rows = true;
        return change;
    }

    // Only cells whose cards differ, and cells whose row moved, are placed again.
    const std::vector<QList<TouchpointId>> oldCells = std::move(m_cells);
    const std::vector<qreal> oldRows = m_rowEdges;
    fillCells(map);
    placeGrid(map);
    change.rows = m_rowEdges != oldRows;
    const LayoutMetrics &m = m_metrics;
    const int stageCount = int(m_stages.size());
    QSet<TouchpointId> moved;
    // Slid with the row, or in a row whose edges moved: a list, as a card
    // is in one cell and when a row grows thousands are.
    QList<TouchpointId> shifted, slid;
    for (size_t i = 0; i < m_cells.size(); ++i) {
        const int lane = int(i / stageCount);
        const bool content = m_cells[i] != oldCells[i];
        // Links of a row whose edges moved may run along its edge band.
        const bool rowMoved = m_rowEdges[size_t(lane)] != oldRows[size_t(lane)]
                              || m_rowEdges[size_t(lane) + 1] != oldRows[size_t(lane) + 1];
        if (!content && !rowMoved)
            continue;
        if (content)
            for (TouchpointId id : oldCells[i])
                if (map.touchpointIndex(id) < 0 && m_cards.remove(id))
                    moved.insert(id); // gone from the map
        const QRectF cell = cellRect(int(i % stageCount), lane);
        qreal y = cell.top() + m.scaled(m.cellPaddingY);
        for (TouchpointId id : m_cells[i]) {
            const QRectF rect(cell.left() + m.scaled(m.cellPaddingX), y, m.scaled(m.cardWidth), m.scaled(m.cardHeight));
            y += m.scaled(m.cardHeight) + m.scaled(m.cardGap);
            QRectF &old = m_cards[id];
            if (old == rect) {
                if (rowMoved)
                    shifted.append(id); // its routes may follow the row's edge
                continue;
            }
            const bool withRow = !content && old.size() == rect.size() && old.left() == rect.left();
            old = rect;
            if (withRow)
                shifted.append(id), slid.append(id);
            else
                moved.insert(id);
        }
    }
    change.cards = QList<TouchpointId>(moved.cbegin(), moved.cend()) + slid;

    const LinkRouter::Grid grid{m_columnEdges, m_rowEdges, m_cells};
    // A cell that filled or emptied may block or free links running past it.
    if (event.touches(ChangeEvent::Links) || !m_router.knowsLinksOf(map) || !m_router.sameOccupancy(grid)) {
        m_router.routeAll(map, m_cards, grid);
        change.links.resize(qsizetype(map.links.size()));
        std::iota(change.links.begin(), change.links.end(), 0);
    } else {
        change.links = m_router.reroute(map, m_cards, grid, moved, shifted);
    }
    return change;
}

void MapLayout::placeCards(const JourneyMap &map)
{
    const LayoutMetrics &m = m_metrics;
    const int stageCount = int(m_stages.size());
    m_cards.clear();
    m_cards.reserve(qsizetype(map.touchpoints.size()));
    for (size_t i = 0; i < m_cells.size(); ++i) {
        const QRectF cell = cellRect(int(i % stageCount), int(i / stageCount));
        qreal y = cell.top() + m.scaled(m.cellPaddingY);
        for (TouchpointId id : m_cells[i]) {
            m_cards.insert(id, QRectF(cell.left() + m.scaled(m.cellPaddingX), y, m.scaled(m.cardWidth),
                                      m.scaled(m.cardHeight)));
            y += m.scaled(m.cardHeight) + m.scaled(m.cardGap);
        }
    }
}

void MapLayout::placeBlueprintLines()
{
    // A line only where it separates two groups: never on the map's outer edge.
    auto firstOf = [this](LaneKind kind) {
        for (size_t l = 0; l < m_lanes.size(); ++l)
            if (m_lanes[l].kind == kind)
                return int(l);
        return -1;
    };
    const int lanes = int(m_lanes.size());
    const int customer = firstOf(LaneKind::Customer);
    if (customer >= 0 && customer + 1 < lanes)
        m_lines.push_back({LineKind::Interaction, m_rowEdges[customer + 1],
                           QCoreApplication::translate("MapLayout", "Line of interaction")});
    const int back = firstOf(LaneKind::BackStage);
    if (back > 0)
        m_lines.push_back({LineKind::Visibility, m_rowEdges[back],
                           QCoreApplication::translate("MapLayout", "Line of visibility")});
    const int support = firstOf(LaneKind::Support);
    if (support > 0)
        m_lines.push_back({LineKind::InternalInteraction, m_rowEdges[support],
                           QCoreApplication::translate("MapLayout", "Line of internal interaction")});
}

QRectF MapLayout::cellRect(int stage, int lane) const
{
    if (stage < 0 || lane < 0 || stage + 1 >= int(m_columnEdges.size()) || lane + 1 >= int(m_rowEdges.size()))
        return {};
    return QRectF(QPointF(m_columnEdges[stage], m_rowEdges[lane]),
                  QPointF(m_columnEdges[stage + 1], m_rowEdges[lane + 1]));
}

const QList<TouchpointId> &MapLayout::cellCards(int stage, int lane) const
{
    static const QList<TouchpointId> none;
    const int stageCount = int(m_stages.size());
    if (stage < 0 || lane < 0 || stage >= stageCount || lane >= int(m_lanes.size()))
        return none;
    return m_cells[size_t(lane) * stageCount + stage];
}

QRectF MapLayout::cardRect(TouchpointId id) const { return m_cards.value(id); }

const MapLayout::LinkRoute *MapLayout::route(LinkId id) const
{
    return m_router.route(id);
}

QList<LinkId> MapLayout::linksAt(const JourneyMap &map, TouchpointId id) const
{
    QList<LinkId> ids;
    for (int i : m_router.linksAt(id))
        if (size_t(i) < map.links.size())
            ids.append(map.links[size_t(i)].id);
    return ids;
}

MapLayout::CellRef MapLayout::cellAt(QPointF pos) const
{
    const int s = bandAt(m_columnEdges, pos.x());
    const int l = bandAt(m_rowEdges, pos.y());
    if (s < 0 || l < 0)
        return {};
    return {s, l, m_stages[s].id, m_lanes[l].id};
}

int MapLayout::indexInCellAt(QPointF pos) const
{
    const CellRef cell = cellAt(pos);
    if (!cell.isValid())
        return -1;
    // Cards are stacked in order, so the first card whose middle is below the
    // point is where the drop goes.
    const QList<TouchpointId> &cards = cellCards(cell.stage, cell.lane);
    const auto it = std::partition_point(cards.begin(), cards.end(),
                                         [&](TouchpointId id) { return m_cards.value(id).center().y() < pos.y(); });
    return int(it - cards.begin());
}

std::optional<TouchpointId> MapLayout::touchpointAt(QPointF pos) const
{
    const CellRef cell = cellAt(pos);
    if (!cell.isValid())
        return std::nullopt;
    const QList<TouchpointId> &cards = cellCards(cell.stage, cell.lane);
    if (cards.isEmpty())
        return std::nullopt;
    // Cards are stacked at a fixed pitch from the cell's top, so the one under
    // the point is found by a division (the label placer asks this hundreds of
    // thousands of times per map); its neighbours are asked too, against
    // rounding at the edges.
    const LayoutMetrics &m = m_metrics;
    const qreal pitch = m.scaled(m.cardHeight) + m.scaled(m.cardGap);
    const qreal from = (pos.y() - m_rowEdges[size_t(cell.lane)] - m.scaled(m.cellPaddingY)) / pitch;
    const qsizetype guess = std::clamp<qsizetype>(qsizetype(std::floor(from)), 0, cards.size() - 1);
    for (qsizetype i = std::max<qsizetype>(0, guess - 1); i <= std::min(cards.size() - 1, guess + 1); ++i)
        if (m_cards.value(cards[i]).contains(pos))
            return cards[i];
    return std::nullopt;
}

} // namespace stagecraft
