#include "render/linkpainter.h"

#include <QImage>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

// A straight route across a 300 x 40 image, at y = 20.
LinkRoute straightRoute()
{
    LinkRoute r;
    r.line = RouteLine::curve({10, 20}, {100, 20}, {200, 20}, {280, 20});
    r.arrowHead = {QPointF(287, 20), QPointF(280, 23), QPointF(280, 17)};
    r.labelPos = {145, 20};
    return r;
}

// The link as the export paints it (the exact pen) and as the canvas does.
QImage painted(const Link &link, bool onScreen)
{
    QImage image(300, 40, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    LinkPainter::paintLine(painter, link, straightRoute(), {}, onScreen ? QRectF(image.rect()) : QRectF());
    return image;
}

// Which columns left of the arrowhead carry ink, and how much ink in all.
std::pair<std::vector<bool>, double> inkOf(const QImage &image)
{
    std::vector<bool> columns;
    double ink = 0;
    for (int x = 0; x < 278; ++x) {
        int most = 0;
        for (int y = 0; y < image.height(); ++y) {
            most = std::max(most, qAlpha(image.pixel(x, y)));
            ink += qAlpha(image.pixel(x, y)) / 255.0;
        }
        columns.push_back(most > 96);
    }
    return {columns, ink};
}

} // namespace

TEST_CASE("on screen, a line of up to 1.5 device pixels is a hairline; wider lines and exports keep their pen", "[render]")
{
    const Link supports{LinkId(1), QStringLiteral("a"), TouchpointId(1), TouchpointId(2), LinkKind::Supports, {}, {}, {}};
    const QPen exact = LinkPainter::linePen(supports, {}); // 1.1 wide, dashed 3.5 on, 2.5 off
    REQUIRE(exact.widthF() == Approx(1.1));

    const QPen atHundred = LinkPainter::screenPen(exact, QTransform());
    CHECK(atHundred.isCosmetic());
    CHECK(atHundred.widthF() == 1.0);
    CHECK(atHundred.color() == exact.color());
    // Dashes count in pen widths: as long in pixels as the exact pen's.
    REQUIRE(atHundred.dashPattern().size() == 2);
    CHECK(atHundred.dashPattern()[0] == Approx(3.5 * 1.1));
    CHECK(atHundred.dashPattern()[1] == Approx(2.5 * 1.1));

    CHECK(LinkPainter::screenPen(exact, QTransform::fromScale(1.3, 1.3)).isCosmetic()); // 1.43 px
    CHECK_FALSE(LinkPainter::screenPen(exact, QTransform::fromScale(2, 2)).isCosmetic()); // 2.2 px: outlined
    CHECK(LinkPainter::screenPen(exact, QTransform::fromScale(2, 2)) == exact);
    // Under one pixel the raster engine draws a hairline by itself.
    CHECK(LinkPainter::screenPen(exact, QTransform::fromScale(0.5, 0.5)) == exact);
    LinkPainter::Look selected;
    selected.selected = true; // 2 px: the selection stays bold
    CHECK(LinkPainter::screenPen(LinkPainter::linePen(supports, selected), QTransform()).widthF() == 2.0);
}

TEST_CASE("a hairline link on screen looks like the exported line: dashes in the same places, as much ink", "[render]")
{
    for (const LinkKind kind : {LinkKind::Supports, LinkKind::Flow}) {
        const Link link{LinkId(1), QStringLiteral("a"), TouchpointId(1), TouchpointId(2), kind, {}, {}, {}};
        const auto [exactColumns, exactInk] = inkOf(painted(link, false));
        const auto [screenColumns, screenInk] = inkOf(painted(link, true));
        // A column may differ only at a dash's end, where its coverage is partial.
        int edges = 0, inked = 0, differing = 0, awayFromEdges = 0;
        for (size_t x = 1; x + 1 < exactColumns.size(); ++x) {
            const bool atEdge = exactColumns[x - 1] != exactColumns[x] || exactColumns[x] != exactColumns[x + 1];
            edges += exactColumns[x - 1] != exactColumns[x];
            inked += screenColumns[x];
            differing += exactColumns[x] != screenColumns[x];
            awayFromEdges += exactColumns[x] != screenColumns[x] && !atEdge;
        }
        INFO("kind " << int(kind) << ": " << differing << " columns differ, ink " << screenInk << " against " << exactInk);
        CHECK(inked > (kind == LinkKind::Flow ? 260 : 140)); // a line, dashed or not, all along
        CHECK(inked < (kind == LinkKind::Flow ? 279 : 190)); // dashed: gaps between
        CHECK(awayFromEdges == 0);
        CHECK(differing <= edges);
        CHECK(screenInk == Approx(exactInk).epsilon(0.2));
    }
}
