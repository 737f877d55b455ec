#include "maprenderer.h"

#include "cardpainter.h"
#include "gridpainter.h"
#include "linkpainter.h"
#include "renderstyle.h"

namespace stagecraft {

MapRenderer::MapRenderer(const JourneyMap &map, const MapLayout &layout, RenderOptions options)
    : m_map(map), m_layout(layout), m_options(std::move(options))
{
    // Badges are read per card while painting: count them once, from the
    // findings themselves, in one pass.
    if (m_options.analysis) {
        for (const Finding &f : m_options.analysis->findings) {
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
    return look;
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
    const MapLayout::LinkRoute *route = m_layout.route(id);
    if (!link || !route)
        return;
    LinkPainter::Look look;
    look.selected = selected;
    look.scale = m_layout.metrics().typeScale;
    const Touchpoint *from = m_map.touchpoint(link->from);
    const Touchpoint *to = m_map.touchpoint(link->to);
    auto colourOf = [this](const Touchpoint *t) {
        const Owner *o = t && t->owner ? m_map.owner(*t->owner) : nullptr;
        return o ? o->color : QColor();
    };
    look.fromOwner = colourOf(from);
    look.toOwner = colourOf(to);
    // A link stays clear while either end is in focus: it is that department's interface.
    look.faded = from && to && isFaded(*from) && isFaded(*to);
    if (parts & LinkLine)
        LinkPainter::paintLine(painter, *link, *route, look);
    if (parts & LinkLabel)
        LinkPainter::paintLabel(painter, *link, *route, look);
}

void MapRenderer::paintMap(QPainter &painter, const QRectF &exposed) const
{
    const QRectF area = exposed.isNull() ? m_layout.bounds() : exposed;
    paintBackground(painter, area);
    auto visible = [&](const Link &l) {
        const MapLayout::LinkRoute *r = m_layout.route(l.id);
        return r && r->path.controlPointRect().intersects(area);
    };
    // Lines under the cards, labels over them: a label is never hidden.
    for (const Link &l : m_map.links)
        if (visible(l))
            paintLink(painter, l.id, m_options.selectedLinks.contains(l.id), LinkLine);
    for (const Touchpoint &t : m_map.touchpoints) {
        const QRectF rect = m_layout.cardRect(t.id);
        if (!rect.isNull() && rect.intersects(area))
            paintCard(painter, t, rect, m_options.selectedCards.contains(t.id) ? Selected : Plain);
    }
    for (const Link &l : m_map.links)
        if (visible(l))
            paintLink(painter, l.id, m_options.selectedLinks.contains(l.id), LinkLabel);
}

} // namespace stagecraft
