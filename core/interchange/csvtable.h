#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace stagecraft {

// RFC 4180 text split into rows, shared by every CSV-based importer: UTF-8
// with or without a BOM, comma or semicolon separated (taken from the header).
struct CsvTable {
    struct Row {
        int line = 0; // where the row starts in the file
        QStringList fields;
    };
    QStringList header; // trimmed
    int headerLine = 0;
    std::vector<Row> rows; // blank rows left out
    QString error;         // "line N: …" when the text is not well-formed CSV

    static CsvTable parse(const QByteArray &bytes);

    // The header's column for each of `names` (matched case-insensitively),
    // or -1. An unknown or repeated column, or a missing one listed in
    // `required`, sets `error` instead, so typos are never dropped silently.
    std::vector<int> columns(const QStringList &names, const QList<int> &required, QString &error) const;

    // One record of a CSV file, quoted where needed, ending in CRLF.
    static QByteArray line(const QStringList &fields, QChar separator = QLatin1Char(','));
};

// What the CSV importers throw at the first problem: the message the user sees.
struct CsvRejected {
    QString message;
};
// A cell's text as messages quote it: 'text'.
QString csvQuoted(const QString &text);
// Rejects one cell: "line 4, column 'Emotion': is not a whole number …".
[[noreturn]] void rejectCell(int line, const char *column, const QString &problem);

} // namespace stagecraft
