#pragma once

#include <QStringList>

namespace stagecraft {

class SqliteDb;

// The schema as numbered SQL scripts in resources/migrations: script N takes
// a file from version N-1 to N, each applied in its own transaction.
class Migrations {
public:
    static int latestVersion();
    // Brings `db` from its user_version up to latestVersion(); throws
    // StorageError and leaves the file at the last complete version.
    static void migrate(SqliteDb &db);
    // The tables a file of the latest version has, for the open checks.
    static QStringList expectedTables();
    // The columns of `table` in a file of `version`, from the scripts
    // themselves, so that a column dropped by hand is caught at open.
    static QStringList expectedColumns(int version, const QString &table);

private:
    static QStringList scripts();
};

} // namespace stagecraft
