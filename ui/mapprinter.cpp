#include "mapprinter.h"

#include "export/mapprint.h"

#include <QPainter>
#include <QPrinter>

namespace stagecraft {

void MapPrinter::setUp(QPrinter &printer, const PaperOptions &options)
{
    const qreal m = options.marginPoints;
    printer.setPageLayout(QPageLayout(QPageSize(options.pageSize), options.orientation, QMarginsF(m, m, m, m),
                                      QPageLayout::Point));
    printer.setDocName(options.fileName);
}

bool MapPrinter::print(QPrinter &printer, const JourneyMap &map, const PaperOptions &options)
{
    // Pages are laid out for the paper the user ended up with in the print dialog.
    const QRectF area = printer.pageLayout().paintRect(QPageLayout::Point);
    const MapPrint pages(map, options, area.size());
    const int first = printer.fromPage() > 0 ? printer.fromPage() - 1 : 0;
    const int last = printer.toPage() > 0 ? qMin(printer.toPage(), pages.pageCount()) : pages.pageCount();
    QPainter painter;
    if (!painter.begin(&printer))
        return false;
    // One unit is one point: MapPrint lays its pages out in points.
    painter.scale(printer.resolution() / 72.0, printer.resolution() / 72.0);
    for (int i = first; i < last; ++i) {
        if (i > first)
            printer.newPage();
        pages.paintPage(painter, i, QRectF(QPointF(0, 0), area.size()));
    }
    return painter.end();
}

} // namespace stagecraft
