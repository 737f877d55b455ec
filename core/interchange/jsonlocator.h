#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <optional>
#include <vector>

namespace stagecraft {

// Finds the line of every value in a JSON text and its first duplicate key,
// which QJsonDocument keeps neither of, so import errors can name a line.
class JsonLocator {
public:
    // Recording a line for every value costs more than reading the text;
    // every import asks about duplicate keys, few need a line.
    enum class Record { LinesAndDuplicates, DuplicatesOnly };

    // Reads any text; paths and lines are exact for text that parses.
    explicit JsonLocator(const QByteArray &json, Record record = Record::LinesAndDuplicates);

    // Paths are "/touchpoints/4/emotion"; 0 when the path is not in the text
    // or no lines were recorded.
    int lineOf(const QString &path) const { return m_lines.value(path, 0); }

    struct DuplicateKey {
        QString objectPath;
        QString key;
        int line = 0;
    };
    // The object path is empty when only duplicates were recorded.
    const std::optional<DuplicateKey> &duplicateKey() const { return m_duplicate; }

    // The path of the last value the text starts: run on the text up to a
    // parser error, it names where the error is.
    const QString &lastPath() const { return m_lastPath; }

    // The 1-based line of a byte offset, for parser errors.
    static int lineAt(const QByteArray &json, qsizetype offset);

private:
    void value(const QString &path);
    bool skipString(); // whether the string has escapes
    // The key starting here, as UTF-8; decoded ones are kept in `decoded`.
    QByteArrayView key(std::vector<QByteArray> &decoded);
    void skipSpace();
    QString childOf(const QString &path, QByteArrayView key) const;
    QString childOf(const QString &path, int index) const;
    static QString parentOf(const QString &path);

    const QByteArray &m_json;
    const bool m_recordLines;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
    QString m_lastPath;
    std::optional<DuplicateKey> m_duplicate;
};

} // namespace stagecraft
