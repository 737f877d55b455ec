#pragma once

#include "analysis/analysis.h"
#include "labelspace.h"
#include "layout/maplayout.h"
#include "linkpainter.h"

#include <QFlags>
#include <QHash>
#include <QPainter>
#include <QSet>
#include <vector>

namespace stagecraft {

// What to show besides the map itself.
struct RenderOptions {
    const AnalysisResult *analysis = nullptr; // finding badges on cards; null: none
    QString department;                       // focus: its cards highlighted, other departments' faded
    QSet<TouchpointId> selectedCards;         // for paintMap(); per-item calls pass their own state
    QSet<LinkId> selectedLinks;
};

// The one QPainter renderer of a map: the canvas, PDF, SVG, PNG and printing
// all draw through it, so screen and paper look alike.
//
// Everything is drawn in map coordinates (see MapLayout); put the painter's
// transform where you want the map. The renderer keeps references to `map`,
// `layout` and the options' AnalysisResult: keep them alive while it is used,
// and make a new renderer (cheap) when any of them changes. No global state:
// several renderers may paint at once.
//
// The canvas calls it per item, from the items' paint():
//   background item:  renderer.paintBackground(painter, option->exposedRect);
//   card item:        renderer.paintCard(painter, touchpoint, localRect, MapRenderer::Selected);
//   link item:        renderer.paintLink(painter, linkId, isSelected());   // route from the layout
// Exporters call renderer.paintMap(painter) for everything in one go.
class MapRenderer {
public:
    // Sketched: text as grey bars, for a canvas zoomed out beyond reading (see textLegible()).
    enum CardState { Plain = 0, Selected = 1, Hovered = 2, Sketched = 4 };
    Q_DECLARE_FLAGS(CardStates, CardState)
    enum LinkPart { LinkLine = 1, LinkLabel = 2, WholeLink = LinkLine | LinkLabel };

    MapRenderer(const JourneyMap &map, const MapLayout &layout, RenderOptions options = {});

    // Paper, lane tints, grid, phase band, stage and lane headers, blueprint
    // lines: everything but cards and links, clipped to `exposed` (null: all).
    void paintBackground(QPainter &painter, const QRectF &exposed = {}) const;
    // One card into any rect (its layout rect, or an item's local rect).
    void paintCard(QPainter &painter, const Touchpoint &card, const QRectF &rect, CardStates states = Plain) const;
    void paintCard(QPainter &painter, TouchpointId id, CardStates states = Plain) const; // at its layout rect
    // One link along its layout route: the line and arrowhead, and/or the
    // hand-off marker and the agreed/wait time label.
    void paintLink(QPainter &painter, LinkId id, bool selected = false, int parts = WholeLink) const;
    // The same for callers that already hold the link and its ends (the
    // canvas: it spares two look-ups by id per link and frame).
    void paintLink(QPainter &painter, const Link &link, const Touchpoint *from, const Touchpoint *to,
                   bool selected = false, int parts = WholeLink) const;
    // The same with the label already placed (labelRect()), for callers
    // that also need to know where it went.
    void paintLink(QPainter &painter, const Link &link, const Touchpoint *from, const Touchpoint *to, bool selected,
                   int parts, const QRectF &label) const;
    // Where a link's time label goes: near the middle of its route, moved
    // along it or up and down the gutter until it covers no card (and none of
    // `taken`, the labels placed before it). Null when the link has no label.
    QRectF labelRect(LinkId id, const LabelSpace *taken = nullptr) const;
    // The whole map (or what meets `exposed`) with the options' selection.
    void paintMap(QPainter &painter, const QRectF &exposed = {}) const;

    // Whether card text painted with this painter's transform is large
    // enough to read on its device; the canvas sketches cards where it is not.
    bool textLegible(const QPainter &painter) const;

    // Where a card's finding badges are when painted into `rect` (hover tooltips).
    QList<std::pair<Severity, QRectF>> badgeRects(const Touchpoint &card, const QRectF &rect) const;

    // Department focus, for callers that draw their own extras.
    bool isFaded(const Touchpoint &card) const;
    bool isHighlighted(const Touchpoint &card) const;

    const JourneyMap &map() const { return m_map; }
    const MapLayout &layout() const { return m_layout; }
    const RenderOptions &options() const { return m_options; }
    // How a link between these cards is drawn (owners' colours, focus), for
    // callers that batch links themselves (the canvas's link layer).
    LinkPainter::Look linkLook(const Touchpoint *from, const Touchpoint *to, bool selected) const;

private:
    struct Badges { int errors = 0; int warnings = 0; };
    struct CardLook lookOf(const Touchpoint &card, CardStates states) const;

    bool isFree(const QRectF &box, const LabelSpace *taken) const;
    void paintCards(QPainter &painter, const QRectF &area) const;
    // Every link's label rect (null: none), by index in map.links.
    const std::vector<QRectF> &placedLabels() const;

    const JourneyMap &m_map;
    const MapLayout &m_layout;
    RenderOptions m_options;
    QHash<TouchpointId, Badges> m_badges;
    QSet<qint64> m_focusOwners; // owners named like the focused department
    mutable std::vector<QRectF> m_labels; // placedLabels(), made on the first paintMap()
};

Q_DECLARE_OPERATORS_FOR_FLAGS(MapRenderer::CardStates)

} // namespace stagecraft
