#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QRawFont>

class QPainter;
class QTextItem;

namespace stagecraft {

// Text items gathered into one glyph run, for SnappedDevice: Qt's PDF engine
// writes every text item as a text object of its own (a save, its colour,
// `BT`, font and matrix, ~90 bytes), and a map page at 10,000 cards has
// 82,600 of them (title lines, owners, times, badge digits), which the page
// stream holds in memory until the page is done.
//
// Only text whose glyphs the font gives one character at a time is taken:
// no right-to-left, no decoration, no capitals or spacing set on the font,
// and characters of the Latin and punctuation blocks that the font has.
// Their places are where QPainter put the item plus the font's advances.
class GlyphBatch {
public:
    // Adds the item drawn at `at`; false, and nothing added, if it is not
    // such text, or has another font than the glyphs gathered so far, or
    // would make the run too long.
    bool add(const QPointF &at, const QTextItem &item);
    bool isEmpty() const { return m_glyphs.isEmpty(); }
    // Draws the gathered glyphs with `painter` as it is set up, and empties the batch.
    void flush(QPainter &painter);

private:
    QFont m_font;
    QRawFont m_raw; // of m_font
    QList<quint32> m_glyphs;
    QList<QPointF> m_positions;
};

} // namespace stagecraft
