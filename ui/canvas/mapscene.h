#pragma once

#include "analysis/finding.h"
#include "layout/maplayout.h"
#include "model/changeevent.h"
#include "model/ids.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>
#include <memory>
#include <optional>
#include <vector>

namespace stagecraft {

class AnalysisRunner;
class CardItem;
class CursorItem;
class GridItem;
class HeaderItem;
class JourneyDocument;
class LinkLabelLayer;
class LinkLayer;
class MapRenderer;
class MapSelection;

// The map as scene items (grid, headers, cards, links), kept in step with the
// document: each change moves, adds or removes only the items it affects.
class MapScene : public QGraphicsScene {
    Q_OBJECT

public:
    MapScene(JourneyDocument *doc, AnalysisRunner *runner, QObject *parent = nullptr);
    ~MapScene() override;

    JourneyDocument *document() const { return m_doc; }
    const JourneyMap &map() const;
    const MapLayout &layout() const { return *m_layout; }
    const MapRenderer &renderer() const { return *m_renderer; }
    MapSelection *selection() const { return m_selection; }

    QRectF mapRect() const;
    QRectF cellRect(int stageIndex, int laneIndex) const;
    QRectF newCardRect(int stageIndex, int laneIndex) const; // where a card typed now would go
    QRectF cardRect(TouchpointId id) const;
    QRectF titleRect(TouchpointId id) const;
    QRectF linkRect(LinkId id) const;
    QRectF headerRect(const QString &kind, qint64 id) const;
    // The cell under a scene point as (stage index, lane index), or (-1, -1).
    std::pair<int, int> cellIndexAt(const QPointF &pos) const;
    // Where a card dropped at `pos` goes in that cell, counted without `moving`.
    int dropIndexAt(int stageIndex, int laneIndex, const QPointF &pos, const QList<TouchpointId> &moving) const;

    // What the views show, for items that repaint only there: an edit that
    // grows a row moves tens of thousands of links, and asking the views
    // about each costs more than the move. Kept while a change is synced.
    QRectF shownArea() const;

    CardItem *cardItem(TouchpointId id) const { return m_cards.value(id); }
    LinkLayer *linkLayer() const { return m_lines; }
    int cardItemCount() const { return int(m_cards.size()); }

    // What cards show: their findings, faded when another department is in focus.
    std::vector<const Finding *> findingsOn(TouchpointId id) const;
    bool isFaded(TouchpointId id) const;
    // Where a card is painted from: its selection/hover state and the renderer.
    void paintCard(QPainter *painter, const Touchpoint &card, const QRectF &rect, bool selected, bool hovered) const;
    QString focusDepartment() const { return m_focusDepartment; }
    void setFocusDepartment(const QString &department);
    bool workshopMode() const { return m_workshop; }
    void setWorkshopMode(bool on);

    void setCursorCell(int stageIndex, int laneIndex);
    void selectTouchpoints(const QList<TouchpointId> &ids);
    void selectLink(LinkId id);

    // Drag and drop of cards and link creation, driven by the card items.
    void dragCards(const QList<TouchpointId> &ids, const QPointF &delta, const QPointF &scenePos);
    void dropCards(const QList<TouchpointId> &ids, const QPointF &scenePos);
    void dragLink(TouchpointId from, const QPointF &scenePos);
    void dropLink(TouchpointId from, const QPointF &scenePos, Qt::KeyboardModifiers modifiers);
    void dropOwner(TouchpointId on, OwnerId owner);

Q_SIGNALS:
    void editTitleRequested(stagecraft::TouchpointId id);
    void editHeaderRequested(const QString &kind, qint64 id);
    void addCardRequested(int stageIndex, int laneIndex);
    void cellClicked(int stageIndex, int laneIndex);
    void layoutChanged();

protected:
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void documentChanged(const ChangeEvent &event);
    void findingsChanged();
    void relayout();
    void placeGrid();
    void rebuildRenderer();
    void syncHeaders();
    // Returns the cards whose item moved, changed, appeared or went.
    QSet<TouchpointId> syncCards(const QList<TouchpointId> &changed);
    // `all`: repaint every line, not only where routes or kinds changed (owners' colours, focus).
    void syncLinks(bool all);
    // After an incremental layout: only the named cards and links.
    void syncChanged(const MapLayout::Change &change, const ChangeEvent &event);
    void followLinks();
    // Repaints the grid from where the first row that grew or shrank ends.
    void repaintRowsBelow(const std::vector<QRectF> &rowsBefore);
    void syncSelectionFromItems();
    void syncItemsFromSelection();
    void clearDropFeedback();

    JourneyDocument *m_doc;
    AnalysisRunner *m_runner;
    MapSelection *m_selection;
    std::unique_ptr<MapLayout> m_layout;
    std::unique_ptr<MapRenderer> m_renderer;
    GridItem *m_grid = nullptr;
    CursorItem *m_cursor = nullptr;
    QGraphicsItem *m_dropMarker = nullptr;
    QGraphicsPathItem *m_linkDraft = nullptr;
    std::vector<HeaderItem *> m_headers;
    QHash<TouchpointId, CardItem *> m_cards;
    LinkLayer *m_lines = nullptr; // all links' lines, under the cards
    LinkLabelLayer *m_labels = nullptr; // all links' labels, over the cards
    QString m_focusDepartment;
    bool m_workshop = false;
    bool m_syncingSelection = false;
    mutable std::optional<QRectF> m_shown; // shownArea() during documentChanged()
    int m_dragId = 0;
};

} // namespace stagecraft
