#include "routeline.h"

#include <algorithm>
#include <cmath>

namespace stagecraft {

RouteLine RouteLine::curve(QPointF start, QPointF control1, QPointF control2, QPointF end)
{
    RouteLine line;
    line.m_points = {start, control1, control2, end};
    line.m_count = 4;
    line.m_curve = true;
    return line;
}

RouteLine RouteLine::rounded(std::span<const QPointF> corners, qreal radius)
{
    RouteLine line;
    const size_t n = std::min(corners.size(), size_t(MaxPoints));
    std::copy_n(corners.begin(), n, line.m_points.begin());
    line.m_count = quint8(n);
    line.m_radius = radius;
    return line;
}

QRectF boundsOf(std::span<const QPointF> points)
{
    if (points.empty())
        return {};
    qreal left = points[0].x(), right = left, top = points[0].y(), bottom = top;
    for (const QPointF &p : points) {
        left = std::min(left, p.x()), right = std::max(right, p.x());
        top = std::min(top, p.y()), bottom = std::max(bottom, p.y());
    }
    return QRectF(QPointF(left, top), QPointF(right, bottom));
}

QRectF RouteLine::bounds() const { return boundsOf(points()); }

QPainterPath RouteLine::toPath() const
{
    QPainterPath path;
    path.reserve(m_curve ? 4 : 1 + 4 * std::max(0, m_count - 2) + 1);
    appendTo(path);
    return path;
}

void RouteLine::appendTo(QPainterPath &path) const
{
    if (isEmpty())
        return;
    path.moveTo(m_points[0]);
    if (m_curve) {
        path.cubicTo(m_points[1], m_points[2], m_points[3]);
        return;
    }
    // Each corner is the quadratic curve QPainterPath::quadTo would add,
    // written as the cubic it turns into.
    for (int i = 1; i + 1 < m_count; ++i) {
        const QPointF a = m_points[size_t(i - 1)], b = m_points[size_t(i)], c = m_points[size_t(i + 1)];
        const qreal in = std::hypot(b.x() - a.x(), b.y() - a.y()), out = std::hypot(c.x() - b.x(), c.y() - b.y());
        const qreal r = std::min({m_radius, in / 2, out / 2});
        if (r <= 0.01) {
            path.lineTo(b);
            continue;
        }
        const QPointF from = b + (a - b) * (r / in), to = b + (c - b) * (r / out);
        path.lineTo(from);
        if (from == b && b == to)
            continue; // quadTo drops an empty curve too
        path.cubicTo(QPointF((from.x() + 2 * b.x()) / 3, (from.y() + 2 * b.y()) / 3),
                     QPointF((to.x() + 2 * b.x()) / 3, (to.y() + 2 * b.y()) / 3), to);
    }
    if (m_count > 1)
        path.lineTo(m_points[size_t(m_count - 1)]);
}

} // namespace stagecraft
