#include "linkbatch.h"

#include "renderstyle.h"

#include <QGlyphRun>
#include <QHash>
#include <QPaintEngine>
#include <QPainterPath>
#include <QRawFont>
#include <QTextLayout>
#include <algorithm>
#include <climits>
#include <map>
#include <tuple>

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

namespace {

// Where QPainter::drawText(rect, flags, text) puts each text item: the start
// of its baseline and its text, recorded by a paint engine that draws nothing.
class TextItemRecorder : public QPaintDevice {
public:
    struct Item { QPointF at; QString text; qreal width; };

    std::vector<Item> record(const QFont &font, const QRectF &rect, int flags, const QString &text)
    {
        m_engine.items.clear();
        QPainter painter(this);
        painter.setFont(font);
        painter.drawText(rect, flags, text);
        painter.end();
        return std::move(m_engine.items);
    }

    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
        case PdmHeight: return 100000;
        case PdmWidthMM:
        case PdmHeightMM: return 100000 * 254 / 720;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY: return 72;
        case PdmDepth: return 32;
        case PdmNumColors: return INT_MAX;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(devicePixelRatioFScale());
        default: return QPaintDevice::metric(metric);
        }
    }

private:
    struct Engine : QPaintEngine {
        Engine() : QPaintEngine(AllFeatures) {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPath(const QPainterPath &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawTextItem(const QPointF &p, const QTextItem &item) override
        {
            items.push_back({p, item.text(), item.width()});
        }
        Type type() const override { return User; }
        std::vector<Item> items;
    };
    mutable Engine m_engine;
};

// The glyphs of a label's text where drawText(box, Qt::AlignCenter, text)
// puts them, relative to the box's top left; empty when they could not be
// told exactly (the label is then drawn with drawText).
QList<QGlyphRun> centredGlyphs(const QFont &font, QSizeF box, const QString &text)
{
    static thread_local TextItemRecorder recorder;
    QList<QGlyphRun> out;
    for (const TextItemRecorder::Item &item : recorder.record(font, QRectF(QPointF(), box), Qt::AlignCenter, text)) {
        QString line = item.text;
        while (!line.isEmpty() && (line.back() == QChar::LineSeparator || line.back() == QLatin1Char('\n')))
            line.chop(1);
        QTextLayout layout(line, font);
        layout.beginLayout();
        QTextLine l = layout.createLine();
        layout.endLayout();
        if (!l.isValid() || std::abs(l.horizontalAdvance() - item.width) > 0.01)
            return {};
        for (QGlyphRun run : layout.glyphRuns()) {
            QList<QPointF> positions = run.positions();
            for (QPointF &p : positions)
                p += item.at - QPointF(0, l.ascent());
            run.setPositions(positions);
            out.append(run);
        }
    }
    return out;
}

// Glyphs gathered from many labels, drawn as one glyph run per font: Qt's
// PDF engine writes one text object for it instead of one per label, and no
// label's text is laid out more than once.
struct GlyphBatch {
    struct Run { QRawFont font; QList<quint32> glyphs; QList<QPointF> positions; };
    std::vector<Run> runs;

    void add(const QList<QGlyphRun> &glyphs, QPointF at)
    {
        for (const QGlyphRun &g : glyphs) {
            auto run = std::find_if(runs.begin(), runs.end(), [&](const Run &r) { return r.font == g.rawFont(); });
            if (run == runs.end())
                run = runs.insert(runs.end(), Run{g.rawFont(), {}, {}});
            run->glyphs.append(g.glyphIndexes());
            for (const QPointF &p : g.positions())
                run->positions.append(p + at);
        }
    }

    void paint(QPainter &painter)
    {
        for (const Run &r : runs) {
            QGlyphRun run;
            run.setRawFont(r.font);
            run.setGlyphIndexes(r.glyphs);
            run.setPositions(r.positions);
            painter.drawGlyphRun(QPointF(), run);
        }
        runs.clear();
    }
};

// Qt's PDF engine (or a device in front of it) writes glyph runs as text
// with their glyphs; others (SVG, pictures) need the characters.
bool takesGlyphRuns(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && (engine->type() == QPaintEngine::Pdf || engine->type() == QPaintEngine::User);
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
    // A map has thousands of labels but a few dozen texts: each is laid out once.
    const bool glyphRuns = takesGlyphRuns(painter);
    std::map<std::tuple<QString, qreal, qreal, qreal>, QList<QGlyphRun>> laidOut;
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
        const QFont font = renderstyle::font(renderstyle::Type::LinkLabel, s);
        painter.setFont(font);
        GlyphBatch batch;
        for (auto l = from; l != to; ++l) {
            if (l->text.isEmpty())
                continue;
            if (l == from || l->colour != std::prev(l)->colour) {
                batch.paint(painter);
                painter.setPen(QColor::fromRgba(l->colour));
            }
            const QRectF &box = l->item->label;
            const QList<QGlyphRun> *glyphs = nullptr;
            if (glyphRuns) {
                const auto key = std::make_tuple(l->text, s, box.width(), box.height());
                auto it = laidOut.find(key);
                if (it == laidOut.end())
                    it = laidOut.emplace(key, centredGlyphs(font, box.size(), l->text)).first;
                glyphs = &it->second;
            }
            if (glyphs && !glyphs->isEmpty())
                batch.add(*glyphs, box.topLeft());
            else
                painter.drawText(box, Qt::AlignCenter, l->text);
        }
        batch.paint(painter);
        from = to;
    }
    painter.restore();
}

} // namespace stagecraft
