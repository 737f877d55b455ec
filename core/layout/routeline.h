#pragma once

#include <QPainterPath>
#include <QPointF>
#include <QRectF>
#include <array>
#include <span>

namespace stagecraft {

// The rect of `points` (null for none); it has no height for a level line.
QRectF boundsOf(std::span<const QPointF> points);

// The line of a link's route as the few points it is made of: one cubic
// curve (start, two control points, end), or an orthogonal polyline whose
// corners are rounded off when it is drawn. A layout holds tens of thousands
// of routes, and a QPainterPath per route (two allocations, hundreds of
// instructions per curve) was most of its time: the path is made only where
// a line is drawn or hit-tested.
class RouteLine {
public:
    static constexpr int MaxPoints = 6;

    RouteLine() = default;
    static RouteLine curve(QPointF start, QPointF control1, QPointF control2, QPointF end);
    // `corners`: 2 to MaxPoints points; each inner one is rounded by up to `radius`.
    static RouteLine rounded(std::span<const QPointF> corners, qreal radius);

    bool isEmpty() const { return m_count == 0; }
    bool isCurve() const { return m_curve; }
    // The curve's four points, or the polyline's corners before rounding.
    std::span<const QPointF> points() const { return {m_points.data(), size_t(m_count)}; }
    QPointF start() const { return m_points[0]; }
    QPointF end() const { return m_points[size_t(m_count > 0 ? m_count - 1 : 0)]; }
    // The rect of every point: it holds the drawn line and every control
    // point of toPath(). It has no height for a level line (QRectF then
    // says it intersects nothing).
    QRectF bounds() const;
    QPainterPath toPath() const;
    // The same as a new subpath of `path`: many lines drawn in one call.
    void appendTo(QPainterPath &path) const;

    bool operator==(const RouteLine &other) const = default;

private:
    std::array<QPointF, MaxPoints> m_points{};
    qreal m_radius = 0;
    quint8 m_count = 0;
    bool m_curve = false;
};

} // namespace stagecraft
