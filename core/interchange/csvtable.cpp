#include "csvtable.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <algorithm>

namespace stagecraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("CsvTable", text); }

// The header decides the separator: spreadsheets in locales with a decimal
// comma write semicolons.
QChar detectSeparator(const QString &text)
{
    int commas = 0, semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

bool isBlank(const QStringList &fields)
{
    return std::all_of(fields.begin(), fields.end(), [](const QString &f) { return f.trimmed().isEmpty(); });
}

} // namespace

CsvTable CsvTable::parse(const QByteArray &bytes)
{
    CsvTable table;
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // A newline byte never occurs inside a UTF-8 sequence: lines can be checked one by one.
        const QList<QByteArray> lines = bytes.split('\n');
        qsizetype bad = 0;
        while (bad + 1 < lines.size() && QUtf8StringView(lines[bad]).isValidUtf8())
            ++bad;
        table.error = tr("line %1: the file is not UTF-8 text").arg(bad + 1);
        return table;
    }
    const QChar sep = detectSeparator(text);

    std::vector<Row> records;
    Row row{1, {}};
    QString field;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto endRecord = [&] {
        row.fields << field;
        field.clear();
        if (!isBlank(row.fields))
            records.push_back(row);
        row = Row{line, {}};
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') && field.isEmpty()) {
            const int startLine = line;
            for (++i;; ++i) {
                if (i >= n) {
                    table.error = tr("line %1: a quoted field is never closed").arg(startLine);
                    return table;
                }
                const QChar q = text.at(i);
                if (q == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += q;
                        ++i;
                        continue;
                    }
                    break;
                }
                if (q == QLatin1Char('\n'))
                    ++line;
                field += q;
            }
            ++i; // past the closing quote
            if (i < n && text.at(i) != sep && text.at(i) != QLatin1Char('\n') && text.at(i) != QLatin1Char('\r')) {
                table.error = tr("line %1: text after the closing quote of a field").arg(line);
                return table;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            table.error = tr("line %1: a quote inside an unquoted field (quote the field and double the quote)").arg(line);
            return table;
        }
        if (c == sep) {
            row.fields << field;
            field.clear();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++line;
            endRecord();
        } else {
            field += c;
        }
        ++i;
    }
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRecord();

    if (records.empty()) {
        table.error = tr("line 1: the file has no header row");
        return table;
    }
    table.headerLine = records.front().line;
    for (const QString &h : records.front().fields)
        table.header << h.trimmed();
    for (size_t r = 1; r < records.size(); ++r) {
        if (records[r].fields.size() != table.header.size()) {
            table.error = tr("line %1: %2 fields, but the header has %3")
                              .arg(records[r].line)
                              .arg(records[r].fields.size())
                              .arg(table.header.size());
            return table;
        }
        table.rows.push_back(records[r]);
    }
    return table;
}

std::vector<int> CsvTable::columns(const QStringList &names, const QList<int> &required, QString &error) const
{
    std::vector<int> index(size_t(names.size()), -1);
    for (int i = 0; i < header.size(); ++i) {
        const auto match = std::find_if(names.begin(), names.end(), [&](const QString &name) {
            return name.compare(header[i], Qt::CaseInsensitive) == 0;
        });
        const qsizetype column = match == names.end() ? -1 : match - names.begin();
        if (column < 0) {
            error = tr("line %1: unknown column '%2' (the columns are: %3)")
                        .arg(headerLine)
                        .arg(header[i], names.join(QStringLiteral(", ")));
            return {};
        }
        if (index[size_t(column)] >= 0) {
            error = tr("line %1: column '%2' appears twice").arg(headerLine).arg(header[i]);
            return {};
        }
        index[size_t(column)] = i;
    }
    for (const int c : required) {
        if (index[size_t(c)] < 0) {
            error = tr("line %1: column '%2' is missing").arg(headerLine).arg(names[c]);
            return {};
        }
    }
    return index;
}

QByteArray CsvTable::line(const QStringList &fields, QChar separator)
{
    QStringList out;
    for (const QString &f : fields) {
        const bool quote = f.contains(separator) || f.contains(QLatin1Char('"')) || f.contains(QLatin1Char('\n')) ||
                           f.contains(QLatin1Char('\r')) || f != f.trimmed();
        out << (quote ? QLatin1Char('"') + QString(f).replace(QLatin1String("\""), QLatin1String("\"\"")) +
                            QLatin1Char('"')
                      : f);
    }
    return out.join(separator).toUtf8() + "\r\n";
}

QString csvQuoted(const QString &text) { return QLatin1Char('\'') + text + QLatin1Char('\''); }

void rejectCell(int line, const char *column, const QString &problem)
{
    throw CsvRejected{QCoreApplication::translate("CsvTable", "line %1, column %2: %3")
                          .arg(line)
                          .arg(csvQuoted(QLatin1String(column)), problem)};
}

} // namespace stagecraft
