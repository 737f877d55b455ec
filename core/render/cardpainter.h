#pragma once

#include "analysis/finding.h"
#include "model/elements.h"

#include <QList>
#include <QPainter>
#include <utility>

namespace stagecraft {

// Everything one card shows, resolved by MapRenderer.
struct CardLook {
    const Owner *owner = nullptr; // null: unowned
    bool needsOwner = true;       // false in the customer's and annotation lanes
    QColor laneAccent;            // the stripe of cards that need no owner
    int errors = 0;
    int warnings = 0;
    bool selected = false;
    bool hovered = false;
    bool faded = false;
    bool highlighted = false;
    qreal scale = 1.0; // the layout's type scale
};

// Paints one touchpoint card: owner stripe, title, owner, channel, time,
// pain, emotion and finding badges.
class CardPainter {
public:
    static void paint(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect);
    // Where the error and warning badges of a card painted into `rect` are
    // (for tooltips that say why); the ones with a zero count are left out.
    static QList<std::pair<Severity, QRectF>> badgeRects(const CardLook &look, const QRectF &rect);

private:
    static qreal paintBadges(QPainter &painter, const CardLook &look, const QRectF &rect);
    static void paintFooter(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &row);
    static qreal paintEmotion(QPainter &painter, int emotion, qreal right, qreal midY, qreal s);
};

} // namespace stagecraft
