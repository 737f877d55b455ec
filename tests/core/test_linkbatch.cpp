#include "render/linkbatch.h"

#include <QImage>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

// A route whose label sits at `at`: only the label point matters to labels.
LinkRoute routeAt(QPointF at)
{
    LinkRoute r;
    r.line = RouteLine::curve(at - QPointF(40, 0), at - QPointF(20, 0), at + QPointF(20, 0), at + QPointF(40, 0));
    r.arrowHead = {at + QPointF(47, 0), at + QPointF(40, 3), at + QPointF(40, -3)};
    r.labelPos = at;
    return r;
}

// Pixels that differ by more than two levels in any channel.
int visiblyDiffering(const QImage &a, const QImage &b)
{
    int count = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x) {
            const QRgb p = a.pixel(x, y), q = b.pixel(x, y);
            count += std::max({std::abs(qRed(p) - qRed(q)), std::abs(qGreen(p) - qGreen(q)),
                               std::abs(qBlue(p) - qBlue(q)), std::abs(qAlpha(p) - qAlpha(q))}) > 2;
        }
    return count;
}

QImage blank() { QImage image(300, 160, QImage::Format_ARGB32_Premultiplied); image.fill(Qt::transparent); return image; }

} // namespace

TEST_CASE("labels painted in one batch look as painted one by one, overlaps included", "[render][export]")
{
    Link handoff{LinkId(1), QStringLiteral("a"), TouchpointId(1), TouchpointId(2), LinkKind::Handoff, {},
                 Duration::fromMinutes(90), {}};
    Link flow{LinkId(2), QStringLiteral("b"), TouchpointId(2), TouchpointId(3), LinkKind::Flow,
              Duration::fromMinutes(120), Duration::fromMinutes(30), {}};
    Link far{LinkId(3), QStringLiteral("c"), TouchpointId(3), TouchpointId(4), LinkKind::Supports,
             Duration::fromMinutes(60), {}, {}};
    const LinkRoute r1 = routeAt({80, 40}), r2 = routeAt({95, 55}), r3 = routeAt({220, 120});
    LinkPainter::Look look;
    look.fromOwner = QColor(0x2a6fdb);
    look.toOwner = QColor(0xd97a26);
    // The second label lies over the first (no room was left for it): it must cover it.
    const std::vector<LinkBatch::Item> items{
        {&handoff, &r1, look, LinkPainter::labelBox(handoff, r1, 1.0)},
        {&flow, &r2, look, LinkPainter::labelBox(flow, r2, 1.0).translated(0, -12)},
        {&far, &r3, look, LinkPainter::labelBox(far, r3, 1.0)},
    };
    REQUIRE(items[0].label.intersects(items[1].label));

    QImage oneByOne = blank(), batched = blank();
    {
        QPainter p(&oneByOne);
        for (const LinkBatch::Item &item : items)
            LinkPainter::paintLabel(p, *item.link, *item.route, item.look, item.label);
    }
    {
        QPainter p(&batched);
        LinkBatch::paintLabels(p, items);
    }
    // A path of rounded boxes and QPainter::drawRoundedRect round a corner
    // pixel off by a level at most.
    CHECK(visiblyDiffering(batched, oneByOne) == 0);

    // Painted the other way round, the first label's text would show through.
    QImage textFirst = blank();
    {
        QPainter p(&textFirst);
        LinkBatch::paintLabels(p, {items[1], items[0], items[2]});
    }
    CHECK(visiblyDiffering(textFirst, oneByOne) > 20);
}
