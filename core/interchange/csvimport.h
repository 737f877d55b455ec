#pragma once

#include "csvtable.h"
#include "importresult.h"

#include <functional>

namespace stagecraft {

// The steps every CSV importer shares, in the order a user meets their
// messages: well-formed CSV, the header's columns (see CsvTable::columns),
// at least one row, each row (the reader throws CsvRejected at the first
// problem), then the built map's own consistency.
struct CsvImport {
    using RowsReader = std::function<JourneyMap(const CsvTable &table, const std::vector<int> &columnIndex)>;

    QStringList columns;
    QList<int> requiredColumns;
    QString noRowsProblem; // "the file has no rows", said of the header's line

    ImportResult run(const QByteArray &bytes, const RowsReader &readRows) const;
};

} // namespace stagecraft
