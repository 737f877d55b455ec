#pragma once

#include "layoutmetrics.h"
#include "linkrouter.h"
#include "model/changeevent.h"
#include "model/journeymap.h"

#include <QHash>
#include <QList>
#include <QRectF>
#include <optional>
#include <vector>

namespace stagecraft {

// The geometry of a whole map, in map units, computed once from a JourneyMap:
// the one source of positions for the canvas, hit-testing and every exporter.
//
// Coordinates: (0, 0) is the top-left corner. The phase band runs along the
// top, stage headers under it, lane headers down the left; the cell grid
// fills the rest (gridRect()). A stage's column is as wide as a card plus its
// gutters; a lane's row is as tall as its fullest cell. Cards are stacked top
// to bottom in cell order. Nothing here follows the document by itself:
// after a change of the map, recompute it (tens of ms at 10,000 cards) or
// call update() with the change (a move of one card: well under a ms).
//
//   MapLayout layout(map);                    // or MapLayout(map, LayoutMetrics::workshop())
//   QRectF r = layout.cardRect(id);           // where a card goes
//   CellRef c = layout.cellAt(scenePos);      // drop target: c.stageId, c.laneId
//   int i = layout.indexInCellAt(scenePos);   // insertion index within that cell
//   const LinkRoute *route = layout.route(linkId);
class MapLayout {
public:
    struct PhaseBand { PhaseId id; QString name; QRectF rect; };
    struct StageColumn { StageId id; QString name; QRectF header; QRectF column; }; // column: the grid part
    struct LaneRow { LaneId id; QString name; LaneKind kind; QRectF header; QRectF row; };
    enum class LineKind { Interaction, Visibility, InternalInteraction };
    struct BlueprintLine { LineKind kind; qreal y; QString label; };
    // A link's way between two card edges; `line` ends where the arrowhead starts.
    using LinkRoute = stagecraft::LinkRoute;
    struct CellRef {
        int stage = -1; // index left to right
        int lane = -1;  // index top to bottom
        StageId stageId;
        LaneId laneId;
        bool isValid() const { return stage >= 0 && lane >= 0; }
    };

    // What update() changed: the cards whose rect and the links whose route
    // differ from before (or `all`, when it had to lay out everything again).
    // Links by index in map.links, ascending: when a row grows, most of a
    // map's links move, and the canvas follows them without look-ups by id.
    struct Change {
        bool all = false;
        bool rows = false; // a row grew or shrank: the grid under the cards changed
        QList<TouchpointId> cards;
        QList<int> links;
    };

    MapLayout() = default;
    explicit MapLayout(const JourneyMap &map, const LayoutMetrics &metrics = {});

    // Brings the layout in step with `map` after `event`, touching only the
    // cells, rows and links it changed. The result equals MapLayout(map).
    Change update(const JourneyMap &map, const ChangeEvent &event);

    const LayoutMetrics &metrics() const { return m_metrics; }
    QRectF bounds() const { return m_bounds; }
    QRectF gridRect() const { return m_grid; }

    const std::vector<PhaseBand> &phases() const { return m_phases; }
    const std::vector<StageColumn> &stages() const { return m_stages; }
    const std::vector<LaneRow> &lanes() const { return m_lanes; }
    const std::vector<BlueprintLine> &blueprintLines() const { return m_lines; }

    QRectF cellRect(int stage, int lane) const;
    const QList<TouchpointId> &cellCards(int stage, int lane) const;
    QRectF cardRect(TouchpointId id) const; // null when the card is not on the map
    const QHash<TouchpointId, QRectF> &cardRects() const { return m_cards; }
    const LinkRoute *route(LinkId id) const; // null for links whose ends are not on the map
    const LinkRoute *route(LinkId id, qsizetype indexInMap) const { return m_router.route(id, indexInMap); }
    qsizetype routeCount() const { return m_router.routeCount(); }
    QList<LinkId> linksAt(const JourneyMap &map, TouchpointId id) const; // the routed links of a card
    const QVarLengthArray<int, 6> &linkIndexesAt(TouchpointId id) const { return m_router.linksAt(id); } // the same, by index in map.links

    // Hit-testing, in map coordinates.
    CellRef cellAt(QPointF pos) const; // invalid outside the grid
    int indexInCellAt(QPointF pos) const; // where a dropped card would go; -1 outside the grid
    std::optional<TouchpointId> touchpointAt(QPointF pos) const;

private:
    void fillCells(const JourneyMap &map);
    void placeGrid(const JourneyMap &map);
    void placeCards(const JourneyMap &map);
    void placeBlueprintLines();

    LayoutMetrics m_metrics;
    QRectF m_bounds, m_grid;
    std::vector<PhaseBand> m_phases;
    std::vector<StageColumn> m_stages;
    std::vector<LaneRow> m_lanes;
    std::vector<BlueprintLine> m_lines;
    std::vector<qreal> m_columnEdges; // left edge of each column, then the grid's right edge
    std::vector<qreal> m_rowEdges;    // top edge of each row, then the grid's bottom edge
    std::vector<QList<TouchpointId>> m_cells; // lane * stageCount + stage
    QHash<TouchpointId, QRectF> m_cards;
    LinkRouter m_router;
};

} // namespace stagecraft
