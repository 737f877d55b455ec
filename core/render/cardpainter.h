#pragma once

#include "analysis/finding.h"
#include "model/elements.h"
#include "renderstyle.h"

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
    // Seen from afar (the canvas zoomed out until text is a few pixels
    // high): the text is sketched as grey bars. Laying out thousands of
    // unreadable titles was most of an overview frame. Paper never sketches.
    bool sketch = false;
};

// Paints one touchpoint card: owner stripe, title, owner, channel, time,
// pain, emotion and finding badges.
//
// A card is painted in three layers: fills, then lines, then text. Nothing
// in one card overlaps across layers out of order, and cards never overlap
// each other, so a whole map may paint layer by layer over all its cards
// (MapRenderer::paintMap does): the PDF engine re-emits the whole graphics
// state at every switch between filling and stroking, which a card painted
// in one go does a dozen times.
class CardPainter {
public:
    enum class Layer { Fills, Lines, Text };
    static constexpr qreal FadedOpacity = 0.28; // a card of a department out of focus

    static void paint(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect);
    // One layer of one card, for painting many cards layer by layer. The
    // painter is left with that layer's pen, brush and font.
    static void paintLayer(QPainter &painter, Layer layer, const Touchpoint &card, const CardLook &look,
                           const QRectF &rect);
    // One piece of a card's text: in a map's text layer the pieces of all
    // cards are painted sorted by font and colour, since each change of
    // either costs the PDF page its text state again.
    struct TextRun {
        renderstyle::Type font;
        QColor colour;
        QRectF box;     // centred in it; null: drawn from `baseline`
        QPointF baseline;
        QString text;
    };
    static void textRuns(const Touchpoint &card, const CardLook &look, const QRectF &rect, QList<TextRun> &out);
    static void paintRuns(QPainter &painter, const QList<TextRun> &runs, qreal scale);

    // Where the error and warning badges of a card painted into `rect` are
    // (for tooltips that say why); the ones with a zero count are left out.
    static QList<std::pair<Severity, QRectF>> badgeRects(const CardLook &look, const QRectF &rect);

private:
    struct Footer;
    static Footer footer(const Touchpoint &card, const CardLook &look, const QRectF &row);
    static void paintFills(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect);
    static void paintLines(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect);
    static void paintText(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect);
    static void paintSketch(QPainter &painter, const Touchpoint &card, const CardLook &look, const QRectF &rect);
};

} // namespace stagecraft
