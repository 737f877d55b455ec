#include "mapprint.h"

#include "glancepainter.h"
#include "render/renderstyle.h"
#include "render/textfit.h"

#include <QCoreApplication>
#include <QFontMetricsF>

namespace stagecraft {

using namespace renderstyle;

namespace {

constexpr qreal TitleHeight = 52;
constexpr qreal FooterHeight = 14;
constexpr qreal TileHeaderHeight = 28;
constexpr qreal Gap = 12;

QString tr(const char *text) { return QCoreApplication::translate("MapPrint", text); }


// Greedy cut of [from, to] into windows of at most `length`, at the given edges where possible.
std::vector<std::pair<qreal, qreal>> cut(qreal from, qreal to, qreal length, std::vector<qreal> edges)
{
    std::vector<std::pair<qreal, qreal>> out;
    qreal start = from;
    while (start < to - 0.01) {
        qreal end = start;
        for (qreal e : edges)
            if (e > start + 0.01 && e <= start + length + 0.01)
                end = e;
        if (end <= start)
            end = std::min(to, start + length); // one lane taller than a page: cut inside it
        out.emplace_back(start, end);
        start = end;
    }
    return out;
}

} // namespace

LayoutMetrics MapPrint::paperMetrics()
{
    LayoutMetrics m;
    m.cardWidth = 124;
    m.cardHeight = 74;
    m.cellPaddingX = 13;
    m.cellPaddingY = 11;
    m.laneHeaderWidth = 124;
    return m;
}

MapPrint::MapPrint(const JourneyMap &map, const PaperOptions &options, QSizeF page)
    : m_map(map), m_options(options), m_page(page), m_layout(map, paperMetrics()),
      m_renderer(map, m_layout, RenderOptions{options.analysis, options.department, {}, {}}),
      m_legend(map, options.analysis),
      m_appendix(map, options.appendix ? options.analysis : nullptr, options.department,
                 QSizeF(page.width(), page.height() - FooterHeight - Gap))
{
    if (m_options.tile) {
        planTiles();
        m_pages.push_back({Kind::Overview});
        for (int r = 0; r < tileRows(); ++r)
            for (int c = 0; c < tileColumns(); ++c)
                m_pages.push_back({Kind::Tile, c, r});
    } else {
        m_pages.push_back({Kind::Map});
    }
    for (int i = 0; i < m_appendix.pageCount(); ++i)
        m_pages.push_back({Kind::Appendix, i});
}

QSizeF MapPrint::sheetSize(const JourneyMap &map, const PaperOptions &options)
{
    const MapLayout layout(map, paperMetrics());
    const qreal width = layout.bounds().width();
    const qreal legend = LegendPainter(map, options.analysis).height(width);
    return {width + 2 * options.marginPoints,
            TitleHeight + Gap + layout.bounds().height() + Gap + legend + Gap + FooterHeight + 2 * options.marginPoints};
}

QString MapPrint::tileName(int column, int row)
{
    QString letters;
    for (int c = column; c >= 0; c = c / 26 - 1)
        letters.prepend(QChar(u'A' + c % 26));
    return letters + QString::number(row + 1);
}

QRectF MapPrint::tileArea(const QRectF &page) const
{
    return page.adjusted(0, TileHeaderHeight + 6, 0, -(FooterHeight + 6));
}

void MapPrint::planTiles()
{
    const qreal t = m_options.tileScale;
    const QRectF grid = m_layout.gridRect();
    const QRectF area = tileArea(QRectF(QPointF(0, 0), m_page));
    const qreal width = std::max<qreal>(20, area.width() / t - grid.left());
    const qreal height = std::max<qreal>(20, area.height() / t - grid.top());
    std::vector<qreal> xs, ys;
    for (const auto &s : m_layout.stages())
        xs.push_back(s.column.right());
    for (const auto &l : m_layout.lanes())
        ys.push_back(l.row.bottom());
    m_tileXs = cut(grid.left(), grid.right(), width, xs);
    m_tileYs = cut(grid.top(), grid.bottom(), height, ys);
}

void MapPrint::paintPage(QPainter &painter, int index, const QRectF &page) const
{
    if (index < 0 || index >= pageCount())
        return;
    const Page &p = m_pages[index];
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    QString note;
    switch (p.kind) {
    case Kind::Map: paintFit(painter, page, false); break;
    case Kind::Overview:
        paintFit(painter, page, true);
        note = tr("Overview: %1 × %2 tiles").arg(tileColumns()).arg(tileRows());
        break;
    case Kind::Tile:
        paintTile(painter, page, p.a, p.b);
        note = tr("Tile %1").arg(tileName(p.a, p.b));
        break;
    case Kind::Appendix:
        m_appendix.paint(painter, p.a, page.adjusted(0, 0, 0, -(FooterHeight + Gap)));
        break;
    }
    paintFooter(painter, page, index, note);
    painter.restore();
}

qreal MapPrint::paintTitleBlock(QPainter &painter, const QRectF &rect) const
{
    const qreal rightWidth = std::min<qreal>(240, rect.width() * 0.3);
    const qreal leftWidth = rect.width() - rightWidth - 2 * Gap;
    painter.setPen(ink());
    const QFont title = pageFont(20, QFont::Bold);
    textfit::draw(painter, textfit::lines(m_map.info.title, title, leftWidth, 1), title, rect.left(), rect.top(), leftWidth);
    painter.setPen(inkSoft());
    const QFont body = pageFont(8);
    textfit::draw(painter, textfit::lines(m_map.info.description, body, leftWidth, 2), body, rect.left(),
                  rect.top() + 27, leftWidth);

    QStringList facts;
    facts << m_options.date.toString(QStringLiteral("d MMMM yyyy"));
    if (!m_options.fileName.isEmpty())
        facts << m_options.fileName;
    facts << tr("%1 touchpoints · %2 links · %3 owners")
                 .arg(m_map.touchpoints.size())
                 .arg(m_map.links.size())
                 .arg(m_map.owners.size());
    const qreal right = rect.right() - rightWidth;
    qreal y = rect.top() + 2;
    if (!m_options.department.isEmpty()) {
        const QFont dept = pageFont(9, QFont::Bold);
        painter.setPen(selection());
        y = textfit::draw(painter, {tr("Department copy: %1").arg(m_options.department)}, dept, right, y, rightWidth,
                          Qt::AlignRight);
    }
    painter.setPen(inkSoft());
    textfit::draw(painter, facts, body, right, y + 1, rightWidth, Qt::AlignRight);
    painter.setPen(QPen(ink(), 1.2));
    painter.drawLine(QPointF(rect.left(), rect.top() + TitleHeight - 2), QPointF(rect.right(), rect.top() + TitleHeight - 2));
    return TitleHeight;
}

void MapPrint::paintFooter(QPainter &painter, const QRectF &rect, int index, const QString &note) const
{
    const QFont f = pageFont(7);
    const QFontMetricsF fm(f);
    const qreal base = rect.bottom() - fm.descent();
    painter.setFont(f);
    painter.setPen(inkFaint().darker(120));
    QStringList left{QStringLiteral("Stagecraft"), m_map.info.title};
    if (!m_options.fileName.isEmpty())
        left << m_options.fileName;
    if (!note.isEmpty())
        left << note;
    const QString page = tr("Page %1 of %2").arg(index + 1).arg(pageCount());
    const qreal pageWidth = fm.horizontalAdvance(page);
    painter.drawText(QPointF(rect.left(), base),
                     fm.elidedText(left.join(QStringLiteral("  ·  ")), Qt::ElideRight, rect.width() - pageWidth - Gap));
    painter.drawText(QPointF(rect.right() - pageWidth, base), page);
    painter.setPen(QPen(rule(), 0.5));
    painter.drawLine(QPointF(rect.left(), rect.bottom() - FooterHeight + 1), QPointF(rect.right(), rect.bottom() - FooterHeight + 1));
}

void MapPrint::paintFit(QPainter &painter, const QRectF &rect, bool markTiles) const
{
    const qreal top = rect.top() + paintTitleBlock(painter, rect) + Gap;
    const qreal legend = m_legend.height(rect.width());
    const QRectF bounds = m_layout.bounds();
    const qreal available = rect.bottom() - FooterHeight - Gap - legend - Gap - top;
    const qreal scale = std::min({rect.width() / bounds.width(), available / bounds.height(), 2.0});
    const QSizeF size = bounds.size() * scale;
    const QRectF target(rect.left() + (rect.width() - size.width()) / 2, top, size.width(), size.height());

    painter.save();
    painter.translate(target.topLeft());
    painter.scale(scale, scale);
    m_renderer.paintMap(painter);
    if (markTiles) {
        // Where each tile page goes on the wall.
        const QRectF grid = m_layout.gridRect();
        painter.setPen(QPen(selection(), 1.5 / scale, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.setFont(pageFont(qMax(1, qRound(11 / scale)), QFont::Bold));
        for (int r = 0; r < tileRows(); ++r)
            for (int c = 0; c < tileColumns(); ++c) {
                const QRectF tile(QPointF(c ? m_tileXs[c].first : 0, r ? m_tileYs[r].first : 0),
                                  QPointF(m_tileXs[c].second, m_tileYs[r].second));
                painter.drawRect(tile);
                const QRectF tag(tile.left() + 4 / scale, tile.top() + 4 / scale, 30 / scale, 18 / scale);
                painter.save();
                painter.setPen(Qt::NoPen);
                painter.setBrush(selection());
                painter.drawRoundedRect(tag, 4 / scale, 4 / scale);
                painter.setPen(Qt::white);
                painter.drawText(tag, Qt::AlignCenter, tileName(c, r));
                painter.restore();
            }
        Q_UNUSED(grid);
    }
    painter.restore();
    painter.setPen(QPen(rule().darker(120), 0.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target);
    m_legend.paint(painter, QRectF(rect.left(), target.bottom() + Gap, rect.width(), legend));
    const qreal below = target.bottom() + Gap + legend + Gap;
    if (m_options.appendix)
        GlancePainter(m_options.analysis, m_options.department)
            .paint(painter, QRectF(rect.left(), below, rect.width(), rect.bottom() - FooterHeight - Gap - below));
}

void MapPrint::paintMapPart(QPainter &painter, const QRectF &window, QPointF at, bool background) const
{
    const qreal t = m_options.tileScale;
    painter.save();
    painter.translate(at);
    painter.scale(t, t);
    painter.translate(-window.topLeft());
    painter.setClipRect(window);
    if (background)
        m_renderer.paintBackground(painter, window);
    else
        m_renderer.paintMap(painter, window);
    painter.restore();
}

void MapPrint::paintTile(QPainter &painter, const QRectF &rect, int column, int row) const
{
    const qreal t = m_options.tileScale;
    const QString name = tileName(column, row);
    // A slim header: which map, which tile, and where it sits on the wall.
    painter.setPen(ink());
    const QFont big = pageFont(20, QFont::Bold);
    const qreal nameWidth = QFontMetricsF(big).horizontalAdvance(name);
    textfit::draw(painter, {name}, big, rect.right() - nameWidth, rect.top(), nameWidth);
    const QFont title = pageFont(11, QFont::Bold);
    textfit::draw(painter, textfit::lines(m_map.info.title, title, rect.width() - nameWidth - 3 * Gap, 1), title,
                  rect.left(), rect.top() + 2, rect.width() - nameWidth - 3 * Gap);
    painter.setPen(inkSoft());
    QString where = tr("Column %1 of %2, row %3 of %4").arg(column + 1).arg(tileColumns()).arg(row + 1).arg(tileRows());
    if (!m_options.department.isEmpty())
        where += QStringLiteral("  ·  ") + tr("Department copy: %1").arg(m_options.department);
    textfit::draw(painter, {where}, pageFont(7), rect.left(), rect.top() + 17, rect.width() - nameWidth - 3 * Gap);

    const QRectF area = tileArea(rect);
    const QRectF grid = m_layout.gridRect();
    const QRectF window(QPointF(m_tileXs[column].first, m_tileYs[row].first),
                        QPointF(m_tileXs[column].second, m_tileYs[row].second));
    const QPointF cells = area.topLeft() + QPointF(grid.left(), grid.top()) * t;
    paintMapPart(painter, QRectF(0, 0, grid.left(), grid.top()), area.topLeft(), true);
    paintMapPart(painter, QRectF(window.left(), 0, window.width(), grid.top()), QPointF(cells.x(), area.top()), true);
    paintMapPart(painter, QRectF(0, window.top(), grid.left(), window.height()), QPointF(area.left(), cells.y()), true);
    paintMapPart(painter, window, cells, false);

    // A phase that began on the tile to the left keeps its name on this one.
    int index = 0;
    for (const MapLayout::PhaseBand &phase : m_layout.phases()) {
        ++index;
        if (phase.rect.left() < window.left() - 0.01 && phase.rect.right() > window.left() + 0.01) {
            const QRectF band(QPointF(cells.x(), area.top()),
                              QSizeF((std::min(phase.rect.right(), window.right()) - window.left()) * t, phase.rect.height() * t));
            painter.fillRect(band, phaseFill(index));
            painter.setPen(QColor(255, 255, 255, 200));
            const QFont f = font(Type::PhaseName, t);
            const QFontMetricsF fm(f);
            painter.setFont(f);
            painter.drawText(QPointF(band.left() + 10 * t, band.center().y() + (fm.ascent() - fm.descent()) / 2),
                             fm.elidedText(phase.name + QStringLiteral(" (cont.)"), Qt::ElideRight, band.width() - 16 * t));
        }
    }
    // The coordinate in the corner, where someone assembling the wall looks first.
    painter.setPen(inkSoft());
    const QFont corner = pageFont(qRound(16 * t), QFont::Bold);
    const QRectF cornerRect(area.left(), area.top() + m_layout.stages().front().header.top() * t, grid.left() * t,
                            m_layout.stages().front().header.height() * t);
    painter.setFont(corner);
    painter.drawText(cornerRect, Qt::AlignCenter, name);
    painter.setPen(QPen(rule().darker(120), 0.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRectF(area.topLeft(), QSizeF(grid.left() + window.width(), grid.top() + window.height()) * t));
}

} // namespace stagecraft
