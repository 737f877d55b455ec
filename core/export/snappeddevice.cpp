#include "snappeddevice.h"

#include "glyphbatch.h"

#include <QPaintEngine>
#include <QPainter>
#include <QPainterPath>
#include <QVarLengthArray>
#include <algorithm>
#include <cmath>
#include <vector>
#include <optional>

namespace stagecraft {

// The device's engine: keeps the state QPainter gives it and sets the target
// painter's only when a drawing needs it changed, for every change there is
// graphics state written into the page.
class SnappedEngine : public QPaintEngine {
public:
    explicit SnappedEngine(QPainter *target) : QPaintEngine(QPaintEngine::AllFeatures), m_out(target) {}

    bool begin(QPaintDevice *) override
    {
        m_outTransform = m_out->worldTransform();
        m_outPen = m_out->pen();
        m_outBrush = m_out->brush();
        return m_out->isActive();
    }
    bool end() override
    {
        flushText();
        return true;
    }
    Type type() const override { return QPaintEngine::User; }

    void updateState(const QPaintEngineState &state) override
    {
        flushText(); // gathered under the state before this one
        const DirtyFlags flags = state.state();
        if (flags & DirtyTransform) {
            m_transform = state.transform();
            // Whole device units need a transform that keeps shapes' proportions
            // (translation and one scale, as every page here has); anything else
            // is passed on as it is.
            m_uniform = m_transform.type() <= QTransform::TxScale
                        && std::abs(std::abs(m_transform.m11()) - std::abs(m_transform.m22()))
                               <= 1e-9 * std::abs(m_transform.m11());
            m_scale = std::abs(m_transform.m11());
        }
        if (flags & DirtyPen)
            m_pen = state.pen();
        if (flags & DirtyBrush)
            m_brush = state.brush();
        if (flags & DirtyOpacity)
            m_opacity = state.opacity();
        if (flags & DirtyHints)
            m_hints = state.renderHints();
        if (flags & (DirtyClipPath | DirtyClipRegion)) {
            // Kept here in device units, as the sum of the operations QPainter
            // sends (it replays them from no clip after a restore), and given
            // to the target whole: its save and restore are not this painter's.
            QPainterPath clip;
            if (flags & DirtyClipPath)
                clip = state.clipPath();
            else
                clip.addRegion(state.clipRegion());
            clip = m_transform.map(clip);
            if (m_uniform)
                for (int i = 0; i < clip.elementCount(); ++i) {
                    const QPainterPath::Element &e = clip.elementAt(i);
                    clip.setElementPositionAt(i, qreal(qRound64(e.x)), qreal(qRound64(e.y)));
                }
            switch (state.clipOperation()) {
            case Qt::NoClip: m_clip.reset(); break;
            case Qt::ReplaceClip: m_clip = clip; break;
            case Qt::IntersectClip: m_clip = m_clip ? m_clip->intersected(clip) : clip; break;
            }
        }
        if (flags & DirtyClipEnabled)
            m_clipEnabled = state.isClipEnabled();
        if (flags & (DirtyClipPath | DirtyClipRegion | DirtyClipEnabled)) {
            if (m_clipEnabled && m_clip) {
                setTransform(QTransform());
                m_out->setClipPath(*m_clip, Qt::ReplaceClip);
            } else {
                m_out->setClipping(false);
            }
        }
    }

    void drawPath(const QPainterPath &path) override
    {
        flushText();
        if (!snapping()) {
            m_out->drawPath(path);
            return;
        }
        const int n = path.elementCount();
        m_points.resize(size_t(n));
        for (int i = 0; i < n; ++i) {
            const QPainterPath::Element &e = path.elementAt(i);
            m_points[size_t(i)] = snap(QPointF(e.x, e.y));
        }
        if (!drawLocally(path))
            m_out->drawPath(rebuilt(path, 0, n, QPointF()));
    }

    void drawPolygon(const QPointF *points, int count, PolygonDrawMode mode) override
    {
        flushText();
        if (!snapping())
            return drawPolygonAsIs(points, count, mode);
        QVarLengthArray<QPointF, 16> snapped(count);
        for (int i = 0; i < count; ++i)
            snapped[i] = snap(points[i]);
        drawPolygonAsIs(snapped.constData(), count, mode);
    }

    void drawRects(const QRectF *rects, int count) override
    {
        flushText();
        if (!snapping()) {
            m_out->drawRects(rects, count);
            return;
        }
        QVarLengthArray<QRectF, 16> snapped(count);
        for (int i = 0; i < count; ++i)
            snapped[i] = QRectF(snap(rects[i].topLeft()), snap(rects[i].bottomRight())).normalized();
        m_out->drawRects(snapped.constData(), count);
    }

    void drawLines(const QLineF *lines, int count) override
    {
        flushText();
        if (!snapping()) {
            m_out->drawLines(lines, count);
            return;
        }
        QVarLengthArray<QLineF, 16> snapped(count);
        for (int i = 0; i < count; ++i)
            snapped[i] = QLineF(snap(lines[i].p1()), snap(lines[i].p2()));
        m_out->drawLines(snapped.constData(), count);
    }

    // Text stays text with the same glyphs at the same places; consecutive
    // items in one state and font go to the target as one glyph run (see
    // GlyphBatch), the others as they came.
    void drawTextItem(const QPointF &p, const QTextItem &item) override
    {
        if (m_text.add(p, item))
            return;
        flushText();
        if (m_text.add(p, item))
            return;
        asIs();
        m_out->drawTextItem(p, item);
    }

    void drawPixmap(const QRectF &r, const QPixmap &pixmap, const QRectF &source) override
    {
        flushText();
        asIs();
        m_out->drawPixmap(r, pixmap, source);
    }

    void drawImage(const QRectF &r, const QImage &image, const QRectF &source, Qt::ImageConversionFlags flags) override
    {
        flushText();
        asIs();
        m_out->drawImage(r, image, source, flags);
    }

private:
    void flushText()
    {
        if (m_text.isEmpty())
            return;
        asIs();
        m_text.flush(*m_out);
    }

    // With an opaque pen, Qt's engine writes a path in the coordinates of the
    // current matrix (a fill alone it writes in device coordinates whatever
    // the matrix). So a small shape drawn with a pen goes at its own origin:
    // equal shapes (card borders, label boxes, rings) are then equal strings,
    // which deflate finds at once, where their places on the page are digits
    // it can do little with (zlib's search for matches is most of a page's
    // export time). Long subpaths (links across the map) stay where they are.
    // False when `path` is not such a shape and nothing was drawn.
    bool drawLocally(const QPainterPath &path)
    {
        constexpr qreal Small = 3000; // device units, 2.5 inches
        const bool opaquePen = m_pen.style() != Qt::NoPen && !m_pen.isCosmetic() && m_pen.brush().isOpaque()
                               && m_opacity == 1;
        if (!opaquePen || path.isEmpty())
            return false;
        struct Sub { int from, to; QRectF box; };
        QVarLengthArray<Sub, 8> subs;
        for (int i = 0; i < path.elementCount(); ++i) {
            const QPointF &p = m_points[size_t(i)];
            if (path.elementAt(i).isMoveTo())
                subs.append({i, i, QRectF(p, p)});
            Sub &sub = subs.last();
            sub.to = i + 1;
            if (p.x() < sub.box.left()) sub.box.setLeft(p.x());
            if (p.x() > sub.box.right()) sub.box.setRight(p.x());
            if (p.y() < sub.box.top()) sub.box.setTop(p.y());
            if (p.y() > sub.box.bottom()) sub.box.setBottom(p.y());
        }
        // Drawn one by one, subpaths are painted in turn rather than as one
        // shape: the same for an opaque pen alone, and for a fill and its
        // outline where they meet no other subpath; those that do are drawn
        // together, as they came.
        std::vector<bool> together(size_t(subs.size()), false);
        if (m_brush.style() != Qt::NoBrush && subs.size() > 1)
            markMeeting(subs, m_pen.widthF() * m_scale / 2 + 2, together);
        QPainterPath far;
        far.setFillRule(path.fillRule());
        for (qsizetype k = 0; k < subs.size(); ++k) {
            const Sub &sub = subs[k];
            if (!together[size_t(k)] && sub.box.width() <= Small && sub.box.height() <= Small) {
                const QPointF origin = m_points[size_t(sub.from)];
                setTransform(QTransform::fromTranslate(origin.x(), origin.y()));
                m_out->drawPath(rebuilt(path, sub.from, sub.to, origin));
            } else {
                appendTo(far, path, sub.from, sub.to, QPointF());
            }
        }
        if (!far.isEmpty()) {
            setTransform(QTransform());
            m_out->drawPath(far);
        }
        return true;
    }

    // Elements [from, to) of `path` at m_points less `origin`.
    QPainterPath rebuilt(const QPainterPath &path, int from, int to, QPointF origin) const
    {
        QPainterPath out;
        out.setFillRule(path.fillRule());
        out.reserve(to - from);
        appendTo(out, path, from, to, origin);
        return out;
    }

    void appendTo(QPainterPath &out, const QPainterPath &path, int from, int to, QPointF origin) const
    {
        for (int i = from; i < to; ++i) {
            const QPointF p = m_points[size_t(i)] - origin;
            switch (path.elementAt(i).type) {
            case QPainterPath::MoveToElement: out.moveTo(p); break;
            case QPainterPath::LineToElement: out.lineTo(p); break;
            default:
                out.cubicTo(p, m_points[size_t(i) + 1] - origin, m_points[size_t(i) + 2] - origin);
                i += 2;
                break;
            }
        }
    }

    // Marks the subpaths whose boxes, grown by `margin` (half the pen and
    // antialiasing), meet another's.
    template <typename Subs>
    static void markMeeting(const Subs &subs, qreal margin, std::vector<bool> &meets)
    {
        std::vector<int> order(size_t(subs.size()));
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = int(i);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return subs[a].box.left() < subs[b].box.left(); });
        for (size_t i = 0; i < order.size(); ++i) {
            const QRectF a = subs[order[i]].box.adjusted(-margin, -margin, margin, margin);
            for (size_t j = i + 1; j < order.size() && subs[order[j]].box.left() - margin <= a.right(); ++j) {
                const QRectF b = subs[order[j]].box.adjusted(-margin, -margin, margin, margin);
                if (b.top() <= a.bottom() && b.bottom() >= a.top())
                    meets[size_t(order[i])] = meets[size_t(order[j])] = true;
            }
        }
    }

    QPointF snap(QPointF p) const
    {
        // The transform is a scale and a translation (see m_uniform).
        return QPointF(qreal(qRound64(m_transform.m11() * p.x() + m_transform.dx())),
                       qreal(qRound64(m_transform.m22() * p.y() + m_transform.dy())));
    }

    // Sets up the target for a shape in device units; false when the shape is
    // to be passed on untouched instead (and the target is set up for that).
    bool snapping()
    {
        const auto plain = [](const QBrush &b) { return b.style() == Qt::NoBrush || b.style() == Qt::SolidPattern; };
        if (!m_uniform || !plain(m_brush) || (m_pen.style() != Qt::NoPen && !plain(m_pen.brush()))) {
            asIs();
            return false;
        }
        setTransform(QTransform());
        QPen pen = m_pen;
        if (pen.style() != Qt::NoPen && !pen.isCosmetic())
            pen.setWidthF(pen.widthF() * m_scale); // dashes are in widths: they scale with it
        setCommon(pen);
        return true;
    }

    void asIs()
    {
        setTransform(m_transform);
        setCommon(m_pen);
    }

    void setCommon(const QPen &pen)
    {
        if (pen != m_outPen) {
            m_out->setPen(pen);
            m_outPen = pen;
        }
        if (m_brush != m_outBrush) {
            m_out->setBrush(m_brush);
            m_outBrush = m_brush;
        }
        m_out->setOpacity(m_opacity); // a no-op when unchanged
        const QPainter::RenderHints had = m_out->renderHints();
        if (had & ~m_hints)
            m_out->setRenderHints(had & ~m_hints, false);
        if (m_hints & ~had)
            m_out->setRenderHints(m_hints & ~had, true);
    }

    void setTransform(const QTransform &t)
    {
        if (t != m_outTransform) {
            m_out->setWorldTransform(t);
            m_outTransform = t;
        }
    }

    void drawPolygonAsIs(const QPointF *points, int count, PolygonDrawMode mode)
    {
        switch (mode) {
        case PolylineMode: m_out->drawPolyline(points, count); break;
        case ConvexMode: m_out->drawConvexPolygon(points, count); break;
        case OddEvenMode: m_out->drawPolygon(points, count, Qt::OddEvenFill); break;
        case WindingMode: m_out->drawPolygon(points, count, Qt::WindingFill); break;
        }
    }

    QPainter *m_out;
    GlyphBatch m_text;
    QTransform m_transform;
    bool m_uniform = true;
    qreal m_scale = 1;
    QPen m_pen;
    QBrush m_brush;
    qreal m_opacity = 1;
    QPainter::RenderHints m_hints;
    std::optional<QPainterPath> m_clip; // in device units
    std::vector<QPointF> m_points; // the path being drawn, in whole device units
    bool m_clipEnabled = false;
    // What the target has: set only when it differs.
    QTransform m_outTransform;
    QPen m_outPen;
    QBrush m_outBrush;
};

SnappedDevice::SnappedDevice(QPainter *target) : m_target(target), m_engine(std::make_unique<SnappedEngine>(target)) {}

SnappedDevice::~SnappedDevice() = default;

QPaintEngine *SnappedDevice::paintEngine() const { return m_engine.get(); }

int SnappedDevice::metric(PaintDeviceMetric metric) const
{
    const QPaintDevice *d = m_target->device();
    switch (metric) {
    case PdmWidth: return d->width();
    case PdmHeight: return d->height();
    case PdmWidthMM: return d->widthMM();
    case PdmHeightMM: return d->heightMM();
    case PdmNumColors: return d->colorCount();
    case PdmDepth: return d->depth();
    case PdmDpiX: return d->logicalDpiX();
    case PdmDpiY: return d->logicalDpiY();
    case PdmPhysicalDpiX: return d->physicalDpiX();
    case PdmPhysicalDpiY: return d->physicalDpiY();
    case PdmDevicePixelRatio: return int(d->devicePixelRatio());
    case PdmDevicePixelRatioScaled: return int(d->devicePixelRatio() * devicePixelRatioFScale());
    }
    return QPaintDevice::metric(metric);
}

} // namespace stagecraft
