#include "interchange/journeyjson.h"
#include "layout/maplayout.h"
#include "render/maprenderer.h"
#include "render/renderstyle.h"
#include "support/testsupport.h"

#include <QImage>
#include <catch2/catch.hpp>
#include <cmath>

using namespace stagecraft;

namespace {

QImage render(const JourneyMap &map, const MapLayout &layout, const RenderOptions &options, const QRectF &exposed = {})
{
    QImage image(layout.bounds().size().toSize() + QSize(1, 1), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    MapRenderer(map, layout, options).paintMap(painter, exposed);
    return image;
}

int distance(QColor a, QColor b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

QColor at(const QImage &image, QPointF p) { return image.pixelColor(p.toPoint()); }

Finding errorOn(TouchpointId id)
{
    Finding f;
    f.rule = QStringLiteral("unowned-pain-point");
    f.severity = Severity::Error;
    f.sentence = QStringLiteral("A pain point with no owner.");
    f.touchpoints = {id};
    return f;
}

// Where the first badge of a card painted into `card` sits (CardPainter's badge geometry).
QPointF badgeSpot(const QRectF &card) { return {card.right() - 5 - 6.5, card.top() + 5 + 6.5 + 3}; }

} // namespace

TEST_CASE("the renderer draws cards where the layout puts them", "[render]")
{
    const JourneyMap map = test::smallMap();
    const MapLayout layout(map);
    const QImage image = render(map, layout, {});

    const QRectF price = layout.cardRect(TouchpointId(2)); // owned by Sales
    CHECK(distance(at(image, {price.left() + 2, price.center().y()}), map.owners[0].color) < 40);
    CHECK(distance(at(image, {price.left() + 40, price.bottom() - 4}), renderstyle::paper()) < 12);
    // An empty cell shows its lane's tint, and the headers are painted.
    const QRectF empty = layout.cellRect(2, 0);
    CHECK(distance(at(image, empty.center()), renderstyle::laneTint(LaneKind::Customer)) < 6);
    CHECK(at(image, layout.phases()[0].rect.center() + QPointF(0, -8)).lightness() < 90);
    // The title is drawn: dark pixels in the card's top lines.
    int dark = 0;
    for (int x = int(price.left() + 10); x < int(price.right() - 10); ++x)
        for (int y = int(price.top() + 5); y < int(price.top() + 20); ++y)
            dark += image.pixelColor(x, y).lightness() < 120;
    CHECK(dark > 20);
}

TEST_CASE("finding badges show an analysis result on its cards only", "[render]")
{
    const JourneyMap map = test::smallMap();
    const MapLayout layout(map);
    AnalysisResult result;
    result.findings.push_back(errorOn(TouchpointId(3)));
    RenderOptions withFindings;
    withFindings.analysis = &result;
    const QImage badged = render(map, layout, withFindings);
    const QImage plain = render(map, layout, {});
    const QPointF onThree = badgeSpot(layout.cardRect(TouchpointId(3)));
    CHECK(distance(at(badged, onThree), renderstyle::error()) < 40);
    CHECK(distance(at(plain, onThree), renderstyle::error()) > 150);
    CHECK(distance(at(badged, badgeSpot(layout.cardRect(TouchpointId(2)))), renderstyle::error()) > 150);
}

TEST_CASE("a department focus fades other departments and keeps its own and unowned cards", "[render]")
{
    const JourneyMap map = test::smallMap();
    const MapLayout layout(map);
    RenderOptions focus;
    focus.department = QStringLiteral("Operations");
    const QImage image = render(map, layout, focus);
    const MapRenderer renderer(map, layout, focus);
    CHECK(renderer.isFaded(map.touchpoints[1]));         // Sales
    CHECK_FALSE(renderer.isFaded(map.touchpoints[3]));   // Operations
    CHECK(renderer.isHighlighted(map.touchpoints[3]));
    CHECK_FALSE(renderer.isFaded(map.touchpoints[4]));   // unowned
    const QRectF sales = layout.cardRect(TouchpointId(2)), ops = layout.cardRect(TouchpointId(4));
    CHECK(distance(at(image, {sales.left() + 2, sales.center().y()}), map.owners[0].color) > 100);
    CHECK(distance(at(image, {ops.left() + 2, ops.center().y()}), map.owners[1].color) < 40);
}

TEST_CASE("per-item painting draws one card into any rect, and exposure limits the whole map", "[render]")
{
    const JourneyMap map = test::smallMap();
    const MapLayout layout(map);
    const MapRenderer renderer(map, layout);
    QImage item(160, 80, QImage::Format_ARGB32_Premultiplied);
    item.fill(Qt::transparent);
    {
        QPainter p(&item);
        renderer.paintCard(p, map.touchpoints[2], QRectF(0, 0, 148, 76), MapRenderer::Selected);
    }
    CHECK(distance(item.pixelColor(74, 0), renderstyle::selection()) < 60); // the selection border
    CHECK(item.pixelColor(155, 40).alpha() == 0);                          // nothing outside the rect

    const QRectF left(0, 0, layout.gridRect().left() + 10, layout.bounds().height());
    const QImage part = render(map, layout, {}, left);
    CHECK(part.pixelColor(5, int(layout.lanes()[1].row.center().y())).alpha() == 255);
    CHECK(part.pixelColor(int(layout.bounds().right() - 3), int(layout.bounds().bottom() - 3)).alpha() == 0);
}

TEST_CASE("a dead level link is drawn in a whole-map paint", "[render]")
{
    // Cards 2 and 3 face each other across one gutter, each with this link
    // alone on that edge: it runs level, and its control points span no
    // height (QRectF::intersects says no to such a rect).
    const JourneyMap map = test::smallMap();
    const MapLayout layout(map);
    const MapLayout::LinkRoute *route = layout.route(LinkId(2));
    REQUIRE(route);
    REQUIRE(route->line.bounds().height() == 0);
    const QImage image = render(map, layout, {});
    const QRectF from = layout.cardRect(TouchpointId(2)), to = layout.cardRect(TouchpointId(3));
    const QPointF middle((from.right() + to.left()) / 2, route->line.start().y());
    const QColor line = renderstyle::linkColor(LinkKind::Flow);
    // The line is 1.1 units wide and anti-aliased: at least half its colour
    // in the pixels it crosses, where the gutter above it has none.
    const int away = distance(at(image, middle + QPointF(0, -8)), line);
    int nearest = away;
    for (int dy = -2; dy <= 2; ++dy)
        nearest = std::min(nearest, distance(at(image, middle + QPointF(0, dy)), line));
    CHECK(nearest < away / 2);
}

TEST_CASE("a card seen from afar is sketched: bars for its text, its badges kept", "[render]")
{
    const JourneyMap map = test::smallMap();
    const MapLayout layout(map);
    const Touchpoint &card = map.touchpoints[2];
    AnalysisResult result;
    result.findings.push_back(errorOn(card.id));
    const MapRenderer renderer(map, layout, {.analysis = &result});
    const QRectF rect = layout.cardRect(card.id).translated(-layout.cardRect(card.id).topLeft());

    QImage image(rect.size().toSize(), QImage::Format_ARGB32_Premultiplied);
    auto paint = [&](MapRenderer::CardStates states) {
        image.fill(Qt::white);
        QPainter p(&image);
        renderer.paintCard(p, card, rect, states);
    };
    auto count = [&](auto &&pixelMatches) {
        int n = 0;
        for (int y = 4; y < 24; ++y)
            for (int x = 12; x < int(rect.width() / 2); ++x)
                n += pixelMatches(image.pixelColor(x, y));
        return n;
    };
    auto dark = [](QColor c) { return c.lightness() < 110; };
    auto bar = [](QColor c) { return distance(c, renderstyle::inkFaint()) < 10; };
    const QPointF badge = badgeSpot(rect);

    paint(MapRenderer::Plain);
    CHECK(count(dark) > 20); // the title's glyphs
    CHECK(distance(at(image, badge), renderstyle::error()) < 40);
    paint(MapRenderer::Sketched);
    CHECK(count(dark) == 0);
    CHECK(count(bar) > 100);
    CHECK(distance(at(image, badge), renderstyle::error()) < 40);

    // Legible at the map's own size, not at a fifth of it.
    QPainter p(&image);
    CHECK(renderer.textLegible(p));
    p.scale(0.2, 0.2);
    CHECK_FALSE(renderer.textLegible(p));
}

TEST_CASE("link labels stay inside the grid, clear of the lane headers", "[render]")
{
    // The example has links in the gutter left of its first stage: their
    // labels, centred on the line, began under the lane header column.
    const ImportResult example = readJourneyJson(test::readBytes(test::sourcePath("resources/examples/broadband.json")));
    REQUIRE(example);
    const MapLayout layout(*example.map);
    const MapRenderer renderer(*example.map, layout);
    const QRectF grid = layout.gridRect();
    int labels = 0, inFirstGutter = 0;
    for (const Link &link : example.map->links) {
        const QRectF label = renderer.labelRect(link.id);
        if (label.isNull())
            continue;
        ++labels;
        const MapLayout::LinkRoute *route = layout.route(link.id);
        inFirstGutter += route && route->labelPos.x() < grid.left() + label.width() / 2;
        CHECK(label.left() >= grid.left());
        CHECK(label.right() <= grid.right());
    }
    CHECK(labels > 20);
    CHECK(inFirstGutter > 0); // the case this test is about is in the map
}
