#include "maprenderer.h"

#include "cardpainter.h"
#include "gridpainter.h"
#include "linkbatch.h"
#include "linkpainter.h"
#include "renderstyle.h"
#include "analysis/ruleids.h"

#include <algorithm>

namespace stagecraft {

MapRenderer::MapRenderer(const JourneyMap &map, const MapLayout &layout, RenderOptions options)
    : m_map(map), m_layout(layout), m_options(std::move(options))
{
    // Badges are read per card while painting: count them once, from the
    // findings themselves, in one pass.
    if (m_options.analysis) {
        for (const Finding &f : m_options.analysis->findings) {
            // The slow path concerns the journey as a whole, not each card on it.
            if (f.rule == QLatin1String(rule::SlowPath))
                continue;
            for (TouchpointId id : f.touchpoints) {
                Badges &b = m_badges[id];
                if (f.severity == Severity::Error)
                    ++b.errors;
                else if (f.severity == Severity::Warning)
                    ++b.warnings;
            }
        }
    }
    if (!m_options.department.isEmpty())
        for (const Owner &o : m_map.owners)
            if (o.name.compare(m_options.department, Qt::CaseInsensitive) == 0)
                m_focusOwners.insert(o.id.value);
}

bool MapRenderer::isHighlighted(const Touchpoint &card) const
{
    return !m_focusOwners.isEmpty() && card.owner && m_focusOwners.contains(card.owner->value);
}

bool MapRenderer::isFaded(const Touchpoint &card) const
{
    // Unowned cards stay visible in a department's copy: what nobody owns next
    // to your lane is exactly what a department head must see.
    if (m_options.department.isEmpty() || !card.owner)
        return false;
    return !m_focusOwners.contains(card.owner->value);
}

void MapRenderer::paintBackground(QPainter &painter, const QRectF &exposed) const
{
    GridPainter::paint(painter, m_layout, exposed);
}

void MapRenderer::paintCard(QPainter &painter, const Touchpoint &card, const QRectF &rect, CardStates states) const
{
    CardPainter::paint(painter, card, lookOf(card, states), rect);
}

QList<std::pair<Severity, QRectF>> MapRenderer::badgeRects(const Touchpoint &card, const QRectF &rect) const
{
    return CardPainter::badgeRects(lookOf(card, Plain), rect);
}

CardLook MapRenderer::lookOf(const Touchpoint &card, CardStates states) const
{
    CardLook look;
    look.owner = card.owner ? m_map.owner(*card.owner) : nullptr;
    if (const Lane *lane = m_map.lane(card.lane)) {
        look.needsOwner = laneNeedsOwner(lane->kind);
        look.laneAccent = renderstyle::laneAccent(lane->kind);
    }
    const Badges badges = m_badges.value(card.id);
    look.errors = badges.errors;
    look.warnings = badges.warnings;
    look.selected = states.testFlag(Selected);
    look.hovered = states.testFlag(Hovered);
    look.faded = isFaded(card);
    look.highlighted = isHighlighted(card);
    look.scale = m_layout.metrics().typeScale;
    look.sketch = states.testFlag(Sketched);
    return look;
}

bool MapRenderer::textLegible(const QPainter &painter) const
{
    // A card's small print below about 3 device pixels is a smudge.
    const qreal smallPrint = renderstyle::typeSize(renderstyle::Type::CardMeta) * m_layout.metrics().typeScale;
    return smallPrint * renderstyle::deviceScale(painter.deviceTransform()) >= 3;
}

void MapRenderer::paintCard(QPainter &painter, TouchpointId id, CardStates states) const
{
    const Touchpoint *card = m_map.touchpoint(id);
    const QRectF rect = m_layout.cardRect(id);
    if (card && !rect.isNull())
        paintCard(painter, *card, rect, states);
}

void MapRenderer::paintLink(QPainter &painter, LinkId id, bool selected, int parts) const
{
    const Link *link = m_map.link(id);
    if (link)
        paintLink(painter, *link, m_map.touchpoint(link->from), m_map.touchpoint(link->to), selected, parts);
}

void MapRenderer::paintLink(QPainter &painter, const Link &link, const Touchpoint *from, const Touchpoint *to,
                            bool selected, int parts) const
{
    paintLink(painter, link, from, to, selected, parts, (parts & LinkLabel) ? labelRect(link.id) : QRectF());
}

bool MapRenderer::isFree(const QRectF &box, const LabelSpace *taken) const
{
    // A label is smaller than a card both ways, so it overlaps one only if a
    // corner of the label lies on that card.
    for (const QPointF &corner : {box.topLeft(), box.topRight(), box.bottomLeft(), box.bottomRight()})
        if (m_layout.touchpointAt(corner))
            return false;
    return !taken || !taken->intersects(box);
}

QRectF MapRenderer::labelRect(LinkId id, const LabelSpace *taken) const
{
    const Link *link = m_map.link(id);
    const MapLayout::LinkRoute *route = m_layout.route(id);
    if (!link || !route)
        return {};
    const qreal s = m_layout.metrics().typeScale;
    QRectF home = LinkPainter::labelBox(*link, *route, s);
    if (home.isNull())
        return home;
    // Within the grid: the lane headers are painted over what lies left of it
    // (a link in the first gutter had its label's first letters cut off).
    const QRectF grid = m_layout.gridRect();
    if (home.left() < grid.left())
        home.moveLeft(grid.left());
    else if (home.right() > grid.right())
        home.moveRight(grid.right());
    if (isFree(home, taken))
        return home;
    // Along a curve first (evaluated directly: pointAtPercent measures the
    // whole path each time), then up and down from the middle.
    if (route->line.isCurve()) {
        const auto points = route->line.points();
        const QPointF p0 = points[0], p1 = points[1], p2 = points[2], p3 = points[3];
        for (qreal t : {0.4, 0.6, 0.3, 0.7, 0.25, 0.75}) {
            const qreal u = 1 - t;
            const QPointF at = u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
            const QRectF moved = home.translated(at - route->labelPos);
            if (isFree(moved, taken))
                return moved;
        }
    }
    for (int step = 1; step <= 40; ++step)
        for (int sign : {1, -1}) {
            const QRectF moved = home.translated(0, sign * step * 4 * s);
            if (isFree(moved, taken))
                return moved;
        }
    return home;
}

void MapRenderer::paintLink(QPainter &painter, const Link &l, const Touchpoint *from, const Touchpoint *to,
                            bool selected, int parts, const QRectF &label) const
{
    const MapLayout::LinkRoute *route = m_layout.route(l.id);
    if (!route)
        return;
    const LinkPainter::Look look = linkLook(from, to, selected);
    if (parts & LinkLine)
        LinkPainter::paintLine(painter, l, *route, look);
    if (parts & LinkLabel)
        LinkPainter::paintLabel(painter, l, *route, look, label);
}

LinkPainter::Look MapRenderer::linkLook(const Touchpoint *from, const Touchpoint *to, bool selected) const
{
    LinkPainter::Look look;
    look.selected = selected;
    look.scale = m_layout.metrics().typeScale;
    auto colourOf = [this](const Touchpoint *t) {
        const Owner *o = t && t->owner ? m_map.owner(*t->owner) : nullptr;
        return o ? o->color : QColor();
    };
    look.fromOwner = colourOf(from);
    look.toOwner = colourOf(to);
    // A link stays clear while either end is in focus: it is that department's interface.
    look.faded = from && to && isFaded(*from) && isFaded(*to);
    return look;
}

const std::vector<QRectF> &MapRenderer::placedLabels() const
{
    // Placed once over the whole map, in link order, each clear of the ones
    // before it: a poster's tiles then show every label where the overview
    // has it, and no tile places labels again.
    if (m_labels.size() != m_map.links.size()) {
        LabelSpace taken;
        m_labels.clear();
        m_labels.reserve(m_map.links.size());
        for (const Link &l : m_map.links) {
            const QRectF label = m_layout.route(l.id) ? labelRect(l.id, &taken) : QRectF();
            if (!label.isNull())
                taken.add(label);
            m_labels.push_back(label);
        }
    }
    return m_labels;
}

namespace {

// Whether `r` reaches into `area`. Unlike QRectF::intersects, true for a rect
// of no height or width: the control points of a straight level link.
bool reaches(const QRectF &r, const QRectF &area)
{
    return r.left() <= area.right() && r.right() >= area.left() && r.top() <= area.bottom() && r.bottom() >= area.top();
}

} // namespace

void MapRenderer::paintMap(QPainter &painter, const QRectF &exposed) const
{
    const QRectF area = exposed.isNull() ? m_layout.bounds() : exposed;
    paintBackground(painter, area);
    auto item = [&](const Link &l, const MapLayout::LinkRoute *r, const QRectF &label) {
        return LinkBatch::Item{&l, r,
                               linkLook(m_map.touchpoint(l.from), m_map.touchpoint(l.to),
                                        m_options.selectedLinks.contains(l.id)),
                               label};
    };
    // Lines under the cards, labels over them: a label is never hidden.
    std::vector<LinkBatch::Item> links;
    for (const Link &l : m_map.links)
        if (const MapLayout::LinkRoute *r = m_layout.route(l.id); r && reaches(r->line.bounds(), area))
            links.push_back(item(l, r, {}));
    LinkBatch::paintLines(painter, links);
    paintCards(painter, area);
    const std::vector<QRectF> &labels = placedLabels();
    const qreal s = m_layout.metrics().typeScale;
    links.clear();
    for (size_t i = 0; i < m_map.links.size(); ++i) {
        const Link &l = m_map.links[i];
        const MapLayout::LinkRoute *r = m_layout.route(l.id);
        if (r && ((!labels[i].isNull() && reaches(labels[i], area))
                  || reaches(LinkPainter::markerArea(r->labelPos, s), area)))
            links.push_back(item(l, r, labels[i]));
    }
    LinkBatch::paintLabels(painter, links);
}

void MapRenderer::paintCards(QPainter &painter, const QRectF &area) const
{
    std::vector<std::pair<const Touchpoint *, QRectF>> cards;
    cards.reserve(m_map.touchpoints.size());
    for (const Touchpoint &t : m_map.touchpoints) {
        const QRectF rect = m_layout.cardRect(t.id);
        if (!rect.isNull() && rect.intersects(area))
            cards.emplace_back(&t, rect);
    }
    // Layer by layer over all cards (see CardPainter): they never overlap.
    // The text of all cards goes in one pass sorted by font and colour,
    // faded cards' text after the rest.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QList<CardPainter::TextRun> text[2]; // plain, faded
    for (CardPainter::Layer layer : {CardPainter::Layer::Fills, CardPainter::Layer::Lines, CardPainter::Layer::Text})
        for (const auto &[card, rect] : cards) {
            const CardLook look = lookOf(*card, m_options.selectedCards.contains(card->id) ? Selected : Plain);
            if (layer == CardPainter::Layer::Text)
                CardPainter::textRuns(*card, look, rect, text[look.faded]);
            else
                CardPainter::paintLayer(painter, layer, *card, look, rect);
        }
    for (bool faded : {false, true}) {
        QList<CardPainter::TextRun> &runs = text[faded];
        std::stable_sort(runs.begin(), runs.end(), [](const CardPainter::TextRun &a, const CardPainter::TextRun &b) {
            return std::pair(int(a.font), a.colour.rgba()) < std::pair(int(b.font), b.colour.rgba());
        });
        if (faded)
            painter.setOpacity(CardPainter::FadedOpacity);
        CardPainter::paintRuns(painter, runs, m_layout.metrics().typeScale);
    }
    painter.restore();
}

} // namespace stagecraft
