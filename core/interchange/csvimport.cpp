#include "csvimport.h"

#include <QCoreApplication>

namespace stagecraft {

ImportResult CsvImport::run(const QByteArray &bytes, const RowsReader &readRows) const
{
    const CsvTable table = CsvTable::parse(bytes);
    if (!table.error.isEmpty())
        return {std::nullopt, table.error};
    try {
        QString error;
        const std::vector<int> index = table.columns(columns, requiredColumns, error);
        if (!error.isEmpty())
            throw CsvRejected{error};
        if (table.rows.empty())
            throw CsvRejected{QCoreApplication::translate("CsvImport", "line %1: %2").arg(table.headerLine).arg(noRowsProblem)};
        JourneyMap map = readRows(table, index);
        if (const QStringList problems = map.problems(); !problems.isEmpty())
            return {std::nullopt, problems.first()};
        return {std::move(map), QString()};
    } catch (const CsvRejected &rejected) {
        return {std::nullopt, rejected.message};
    }
}

} // namespace stagecraft
