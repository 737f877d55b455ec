#include "jsonlocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

namespace stagecraft {

JsonLocator::JsonLocator(const QByteArray &json, Record record)
    : m_json(json), m_recordLines(record == Record::LinesAndDuplicates)
{
    if (m_json.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
    value(QString());
}

int JsonLocator::lineAt(const QByteArray &json, qsizetype offset)
{
    return 1 + int(json.left(offset).count('\n'));
}

QString JsonLocator::childOf(const QString &path, QByteArrayView key) const
{
    return m_recordLines ? path + QLatin1Char('/') + QString::fromUtf8(key) : QString();
}

QString JsonLocator::childOf(const QString &path, int index) const
{
    return m_recordLines ? path + QLatin1Char('/') + QString::number(index) : QString();
}

QString JsonLocator::parentOf(const QString &path)
{
    return path.left(std::max<qsizetype>(path.lastIndexOf(QLatin1Char('/')), 0));
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonLocator::skipString()
{
    ++m_pos; // past the opening quote
    bool escaped = false;
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\\')
            escaped = true, m_pos += 2;
        else if (c == '"')
            break;
        else
            ++m_pos;
    }
    ++m_pos; // past the closing quote
    return escaped;
}

QByteArrayView JsonLocator::key(std::vector<QByteArray> &decoded)
{
    const qsizetype start = m_pos + 1;
    const bool escaped = skipString();
    // Without the closing quote; an unterminated key ends with the text.
    const qsizetype end = std::min(m_pos - 1, m_json.size());
    const QByteArrayView raw(m_json.constData() + start, std::max<qsizetype>(end - start, 0));
    // Plain ASCII compares as it is; anything else is compared as Qt decodes
    // it, so "\u0074itle" and "title" are the same key.
    if (!escaped && std::all_of(raw.begin(), raw.end(), [](char c) { return uchar(c) < 0x80; }))
        return raw;
    const QString text = escaped
        ? QJsonDocument::fromJson("[\"" + raw.toByteArray() + "\"]").array().at(0).toString()
        : QString::fromUtf8(raw);
    // A moved QByteArray keeps its buffer, so views into earlier keys stay valid.
    decoded.push_back(text.toUtf8());
    return decoded.back();
}

void JsonLocator::value(const QString &path)
{
    skipSpace();
    if (m_pos >= m_json.size())
        return;
    if (m_recordLines)
        m_lines.insert(path, m_line);
    m_lastPath = path;
    const char c = m_json.at(m_pos);
    if (c == '{' || c == '[') {
        const bool isObject = c == '{';
        const char close = isObject ? '}' : ']';
        ++m_pos;
        // Views into the text: most keys are compared without a copy.
        QSet<QByteArrayView> keys;
        std::vector<QByteArray> decoded;
        for (int index = 0;; ++index) {
            const qsizetype before = m_pos;
            skipSpace();
            if (m_pos >= m_json.size())
                return;
            if (m_json.at(m_pos) == close) {
                ++m_pos;
                m_lastPath = parentOf(path);
                return;
            }
            if (m_json.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            }
            if (isObject) {
                if (m_pos >= m_json.size() || m_json.at(m_pos) != '"')
                    return; // only in broken text
                const int keyLine = m_line;
                const QByteArrayView key = this->key(decoded);
                if (!m_duplicate && keys.contains(key))
                    m_duplicate = DuplicateKey{path, QString::fromUtf8(key), keyLine};
                keys.insert(key);
                skipSpace();
                if (m_pos < m_json.size() && m_json.at(m_pos) != ':')
                    return; // only in broken text
                ++m_pos;
                value(childOf(path, key));
            } else {
                value(childOf(path, index));
            }
            if (m_pos == before)
                return; // only in broken text: stop rather than spin
        }
    }
    if (c == '"') {
        skipString();
    } else {
        while (m_pos < m_json.size() && !QByteArrayView(",]} \t\r\n").contains(m_json.at(m_pos)))
            ++m_pos;
    }
    if (m_pos < m_json.size())
        m_lastPath = parentOf(path); // complete: an error after it belongs to its container
}

} // namespace stagecraft
