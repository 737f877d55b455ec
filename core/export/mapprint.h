#pragma once

#include "findingsappendix.h"
#include "layout/maplayout.h"
#include "legendpainter.h"
#include "paperoptions.h"
#include "render/maprenderer.h"

#include <QPainter>
#include <vector>

namespace stagecraft {

// A map laid out on pages: the PDF exporter, image exporters and printing
// (QPrinter with preview, in the editor) all paint through it.
//
// Pages, in order: fit mode, the whole map with title block and legend; tile
// mode, an overview of the whole map marked with the tiles, then one page per
// tile (stage and lane headers repeated, its coordinate "B2" printed); then
// the findings appendix. Sizes are in points: set the painter's transform so
// that one unit is one point on the device, then call paintPage() per page.
//
//   MapPrint print(map, options, printer.pageLayout().paintRect(QPageLayout::Point).size());
//   for (int i = 0; i < print.pageCount(); ++i) { if (i) printer.newPage(); print.paintPage(p, i, pageRect); }
class MapPrint {
public:
    MapPrint(const JourneyMap &map, const PaperOptions &options, QSizeF page);
    MapPrint(const MapPrint &) = delete;
    MapPrint &operator=(const MapPrint &) = delete;

    int pageCount() const { return int(m_pages.size()); }
    int tileColumns() const { return int(m_tileXs.size()); }
    int tileRows() const { return int(m_tileYs.size()); }
    static QString tileName(int column, int row); // "B2"
    void paintPage(QPainter &painter, int index, const QRectF &page) const;

    // The map's look on paper: narrower cards than the canvas, the same type.
    static LayoutMetrics paperMetrics();
    // One page holding the whole map at 100 %, for SVG and PNG.
    static QSizeF sheetSize(const JourneyMap &map, const PaperOptions &options);

private:
    enum class Kind { Map, Overview, Tile, Appendix };
    struct Page { Kind kind; int a = 0; int b = 0; };
    using Span = std::pair<qreal, qreal>;

    void planTiles();
    qreal paintTitleBlock(QPainter &painter, const QRectF &rect) const;
    void paintFooter(QPainter &painter, const QRectF &rect, int index, const QString &note) const;
    void paintFit(QPainter &painter, const QRectF &rect, bool markTiles) const;
    void paintTile(QPainter &painter, const QRectF &rect, int column, int row) const;
    void paintMapPart(QPainter &painter, const QRectF &window, QPointF at, bool background) const;
    QRectF tileArea(const QRectF &page) const;

    const JourneyMap &m_map;
    PaperOptions m_options;
    QSizeF m_page;
    MapLayout m_layout;
    MapRenderer m_renderer;
    LegendPainter m_legend;
    FindingsAppendix m_appendix;
    std::vector<Span> m_tileXs, m_tileYs; // windows over the grid, in map units
    std::vector<Page> m_pages;
};

} // namespace stagecraft
