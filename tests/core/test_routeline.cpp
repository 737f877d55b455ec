#include "layout/routeline.h"

#include <array>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

// Every element of two paths at the same place, of the same kind.
void requireSamePath(const QPainterPath &a, const QPainterPath &b)
{
    REQUIRE(a.elementCount() == b.elementCount());
    for (int i = 0; i < a.elementCount(); ++i) {
        INFO("element " << i);
        REQUIRE(a.elementAt(i).type == b.elementAt(i).type);
        REQUIRE(a.elementAt(i).x == Approx(b.elementAt(i).x).margin(1e-9));
        REQUIRE(a.elementAt(i).y == Approx(b.elementAt(i).y).margin(1e-9));
    }
}

} // namespace

TEST_CASE("a rounded route line draws its corners as quadTo would", "[layout][route]")
{
    // Out of the card, down the gutter, along the band, up, into the target.
    const std::array<QPointF, 6> corners{QPointF(0, 0), {20, 0}, {20, 50}, {80, 50}, {80, 3}, {90, 3}};
    const RouteLine line = RouteLine::rounded(corners, 6);
    CHECK_FALSE(line.isCurve());
    CHECK(line.start() == corners.front());
    CHECK(line.end() == corners.back());

    QPainterPath expected(corners[0]);
    expected.lineTo(14, 0); // each corner begins 6 back along the way in, ends 6 on along the way out
    expected.quadTo(20, 0, 20, 6);
    expected.lineTo(20, 44);
    expected.quadTo(20, 50, 26, 50);
    expected.lineTo(74, 50);
    expected.quadTo(80, 50, 80, 44);
    expected.lineTo(80, 8);
    expected.quadTo(80, 3, 85, 3); // a last leg of 10 allows a radius of 5 at most
    expected.lineTo(90, 3);
    requireSamePath(line.toPath(), expected);
}

TEST_CASE("a corner with no room is drawn square", "[layout][route]")
{
    // A leg of no length: the corner between cannot be rounded at all.
    const std::array<QPointF, 4> corners{QPointF(0, 0), {0, 0}, {0, 20}, {20, 20}};
    QPainterPath expected(corners[0]);
    expected.lineTo(0, 0);
    expected.lineTo(0, 14);
    expected.quadTo(0, 20, 6, 20);
    expected.lineTo(20, 20);
    requireSamePath(RouteLine::rounded(corners, 6).toPath(), expected);
}

TEST_CASE("a curved route line is one cubic", "[layout][route]")
{
    const RouteLine line = RouteLine::curve({0, 0}, {30, 0}, {30, 40}, {60, 40});
    CHECK(line.isCurve());
    QPainterPath expected(QPointF(0, 0));
    expected.cubicTo(30, 0, 30, 40, 60, 40);
    requireSamePath(line.toPath(), expected);
    CHECK(line.bounds() == QRectF(0, 0, 60, 40));
}

TEST_CASE("a route line's bounds hold its drawn path", "[layout][route]")
{
    const std::array<QPointF, 6> corners{QPointF(5, 5), {20, 5}, {20, -30}, {70, -30}, {70, 12}, {64, 12}};
    const RouteLine line = RouteLine::rounded(corners, 6);
    CHECK(line.bounds().contains(line.toPath().controlPointRect()));
    CHECK(line.bounds() == QRectF(QPointF(5, -30), QPointF(70, 12)));
    // A level line has bounds of no height, and they are still its place.
    const RouteLine level = RouteLine::curve({0, 7}, {10, 7}, {20, 7}, {30, 7});
    CHECK(level.bounds() == QRectF(0, 7, 30, 0));
    CHECK(RouteLine().isEmpty());
    CHECK(RouteLine().toPath().isEmpty());
}

TEST_CASE("route lines are equal only with the same points, kind and radius", "[layout][route]")
{
    const std::array<QPointF, 3> corners{QPointF(0, 0), {10, 0}, {10, 10}};
    CHECK(RouteLine::rounded(corners, 6) == RouteLine::rounded(corners, 6));
    CHECK(RouteLine::rounded(corners, 6) != RouteLine::rounded(corners, 4));
    const std::array<QPointF, 3> moved{QPointF(0, 0), {10, 0}, {10, 11}};
    CHECK(RouteLine::rounded(corners, 6) != RouteLine::rounded(moved, 6));
}
