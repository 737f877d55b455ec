#include "glyphbatch.h"

#include <QGlyphRun>
#include <QPainter>
#include <QTextItem>
#include <algorithm>

namespace stagecraft {

namespace {

// Characters drawn one glyph each, in reading order, by the fonts the map
// uses when shaping is off (renderstyle sets QFont::PreferNoShaping).
bool plain(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x20 && u < 0x7f) || (u >= 0xa0 && u < 0x250 && u != 0xad) || (u >= 0x2010 && u <= 0x2027)
           || (u >= 0x2030 && u <= 0x205e);
}

bool plain(const QFont &font)
{
    return font.capitalization() == QFont::MixedCase && font.letterSpacing() == 0 && font.wordSpacing() == 0
           && (font.styleStrategy() & QFont::PreferNoShaping) && !font.underline() && !font.overline()
           && !font.strikeOut();
}

} // namespace

bool GlyphBatch::add(const QPointF &at, const QTextItem &item)
{
    const QString text = item.text();
    const QFont font = item.font();
    if (item.renderFlags() != QTextItem::RenderFlags() || text.isEmpty() || !plain(font)
        || !std::all_of(text.cbegin(), text.cend(), [](QChar c) { return plain(c); }))
        return false;
    // A few thousand glyphs a run: a run's glyphs are copied several times
    // on their way into the page (positions, advances, attributes), so one
    // run for all titles of a 10,000-card map would cost more than it saved.
    constexpr qsizetype Most = 4096;
    if (!isEmpty() && (font != m_font || m_glyphs.size() + text.size() > Most))
        return false;
    if (!m_raw.isValid() || font != m_font) {
        m_font = font;
        m_raw = QRawFont::fromFont(font);
        if (!m_raw.isValid())
            return false;
    }
    const QList<quint32> glyphs = m_raw.glyphIndexesForString(text);
    if (glyphs.size() != text.size() || glyphs.contains(0u))
        return false; // a character the font lacks: Qt draws it from a fallback font
    const QList<QPointF> advances = m_raw.advancesForGlyphIndexes(glyphs, QRawFont::SeparateAdvances);
    // Unkerned, as QTextEngine lays out text it does not shape (the test
    // "PDF text is where drawText puts it" holds the two together).
    QPointF pen = at;
    for (qsizetype i = 0; i < glyphs.size(); ++i) {
        m_glyphs.append(glyphs[i]);
        m_positions.append(pen);
        pen += advances[i];
    }
    return true;
}

void GlyphBatch::flush(QPainter &painter)
{
    if (isEmpty())
        return;
    QGlyphRun run;
    run.setRawFont(m_raw);
    run.setGlyphIndexes(m_glyphs);
    run.setPositions(m_positions);
    painter.drawGlyphRun(QPointF(), run);
    m_glyphs.clear();
    m_positions.clear();
}

} // namespace stagecraft
