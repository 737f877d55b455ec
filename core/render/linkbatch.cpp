#include "linkbatch.h"

#include "renderstyle.h"

#include <QHash>
#include <QPainterPath>
#include <algorithm>

namespace stagecraft {

namespace {

// Paths grouped by how they are painted (a handful of pens or colours), in
// the order each first appears, so that a paint is the same every time.
template <typename Key>
struct Groups {
    std::vector<std::pair<Key, QPainterPath>> groups;

    QPainterPath &of(const Key &key)
    {
        for (auto &[k, path] : groups)
            if (k == key)
                return path;
        groups.emplace_back(key, QPainterPath());
        groups.back().second.setFillRule(Qt::WindingFill); // overlapping arrowheads fill as one
        return groups.back().second;
    }
};

} // namespace

void LinkBatch::paintLines(QPainter &painter, const std::vector<Item> &items)
{
    Groups<QPen> lines;
    Groups<QRgb> arrows;
    for (const Item &item : items) {
        if (item.look.faded) {
            LinkPainter::paintLine(painter, *item.link, *item.route, item.look);
            continue;
        }
        const QPen pen = LinkPainter::linePen(*item.link, item.look);
        item.route->line.appendTo(lines.of(pen));
        const auto &head = item.route->arrowHead;
        arrows.of(pen.color().rgba()).addPolygon(QPolygonF(QList<QPointF>(head.cbegin(), head.cend())));
    }
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    for (const auto &[pen, path] : lines.groups) {
        painter.setPen(pen);
        painter.drawPath(path);
    }
    painter.setPen(Qt::NoPen);
    for (const auto &[colour, path] : arrows.groups) {
        painter.setBrush(QColor::fromRgba(colour));
        painter.drawPath(path);
    }
    painter.restore();
}

namespace {

// Labels overlap where a map has no room left for one, and then the later
// covers the earlier. So each label goes one layer above every earlier one
// it overlaps, and layers are painted in order: within one, no two labels
// meet, and any order paints the same.
std::vector<int> layersOf(const std::vector<QRectF> &areas)
{
    constexpr qreal Bucket = 120;
    QHash<quint64, std::vector<int>> near; // label indexes by bucket of area
    std::vector<int> layers(areas.size(), 0);
    for (size_t i = 0; i < areas.size(); ++i) {
        const QRectF &r = areas[i];
        for (qint64 x = qint64(r.left() / Bucket); x <= qint64(r.right() / Bucket); ++x)
            for (qint64 y = qint64(r.top() / Bucket); y <= qint64(r.bottom() / Bucket); ++y) {
                std::vector<int> &bucket = near[(quint64(quint32(x)) << 32) | quint32(y)];
                for (int j : bucket)
                    if (areas[size_t(j)].intersects(r))
                        layers[i] = std::max(layers[i], layers[size_t(j)] + 1);
                bucket.push_back(int(i));
            }
    }
    return layers;
}

} // namespace

void LinkBatch::paintLabels(QPainter &painter, const std::vector<Item> &items)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    if (std::any_of(items.cbegin(), items.cend(), [](const Item &i) { return i.look.faded; })) {
        // A department's copy: translucent labels painted one by one, as the canvas does.
        for (const Item &item : items)
            LinkPainter::paintLabel(painter, *item.link, *item.route, item.look, item.label);
        painter.restore();
        return;
    }
    struct Label { const Item *item; QString text; QRgb colour; int layer; };
    std::vector<Label> labels;
    std::vector<QRectF> areas;
    for (const Item &item : items) {
        const bool marker = item.link->kind == LinkKind::Handoff;
        QString text = LinkPainter::labelText(*item.link);
        if (!marker && (text.isEmpty() || item.label.isEmpty()))
            continue;
        if (item.label.isEmpty())
            text.clear();
        areas.push_back((marker ? LinkPainter::markerArea(item.route->labelPos, item.look.scale) : QRectF())
                            .united(text.isEmpty() ? QRectF() : item.label));
        labels.push_back({&item, std::move(text), LinkPainter::labelTextColour(*item.link).rgba(), 0});
    }
    const std::vector<int> layers = layersOf(areas);
    for (size_t i = 0; i < labels.size(); ++i)
        labels[i].layer = layers[i];
    // Layer by layer; texts colour by colour (a change of colour is a change of pen).
    std::stable_sort(labels.begin(), labels.end(), [](const Label &a, const Label &b) {
        return std::pair(a.layer, a.colour) < std::pair(b.layer, b.colour);
    });
    for (auto from = labels.cbegin(); from != labels.cend();) {
        const auto to = std::find_if(from, labels.cend(), [&](const Label &l) { return l.layer != from->layer; });
        const qreal s = from->item->look.scale;
        QPainterPath boxes;
        for (auto l = from; l != to; ++l) {
            if (l->item->link->kind == LinkKind::Handoff)
                LinkPainter::paintMarker(painter, l->item->route->labelPos, l->item->look);
            if (!l->text.isEmpty())
                boxes.addRoundedRect(l->item->label, 3 * s, 3 * s);
        }
        painter.setPen(LinkPainter::labelPen(s));
        painter.setBrush(LinkPainter::labelBrush());
        painter.drawPath(boxes);
        painter.setFont(renderstyle::font(renderstyle::Type::LinkLabel, s));
        for (auto l = from; l != to; ++l) {
            if (l->text.isEmpty())
                continue;
            painter.setPen(QColor::fromRgba(l->colour));
            painter.drawText(l->item->label, Qt::AlignCenter, l->text);
        }
        from = to;
    }
    painter.restore();
}

} // namespace stagecraft
