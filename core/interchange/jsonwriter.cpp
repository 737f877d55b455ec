#include "jsonwriter.h"

#include <utility>

namespace stagecraft {

void JsonWriter::startItem()
{
    Level &level = m_levels.back();
    m_out += level.empty ? "\n" : ",\n";
    level.empty = false;
    indent(m_levels.size());
}

void JsonWriter::beforeValue()
{
    // An object's member line was started by key().
    if (!m_levels.empty() && m_levels.back().isArray)
        startItem();
}

void JsonWriter::open(char bracket, bool isArray)
{
    beforeValue();
    m_out += bracket;
    m_levels.push_back(Level{isArray});
}

void JsonWriter::end()
{
    const Level level = m_levels.back();
    m_levels.pop_back();
    if (!level.empty) {
        m_out += '\n';
        indent(m_levels.size());
    }
    m_out += level.isArray ? ']' : '}';
}

void JsonWriter::key(const char *name)
{
    startItem();
    m_out += '"';
    m_out += name;
    m_out += "\": ";
}

void JsonWriter::number(qint64 value)
{
    beforeValue();
    m_out += QByteArray::number(value);
}

void JsonWriter::boolean(bool value)
{
    beforeValue();
    m_out += value ? "true" : "false";
}

void JsonWriter::text(const QString &value)
{
    beforeValue();
    const QByteArray utf8 = value.toUtf8();
    m_out += '"';
    qsizetype plain = 0; // start of the run of bytes that need no escape
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        // Qt's parser drops a raw U+FEFF inside a string (a CSV cell can
        // hold one): escaped, it survives export and import.
        const bool byteOrderMark = c == 0xEF && QByteArrayView(utf8).sliced(i).startsWith("\xEF\xBB\xBF");
        if (c >= 0x20 && c != '"' && c != '\\' && !byteOrderMark)
            continue;
        m_out.append(utf8.constData() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case 0xEF: // only a byte-order mark gets here
            m_out += "\\ufeff";
            i += 2; // its other two bytes
            plain = i + 1;
            break;
        default:
            m_out += "\\u00";
            m_out += QByteArray::number(c, 16).rightJustified(2, '0');
        }
    }
    m_out.append(utf8.constData() + plain, utf8.size() - plain);
    m_out += '"';
}

QByteArray JsonWriter::finish()
{
    m_out += '\n';
    return std::move(m_out);
}

} // namespace stagecraft
