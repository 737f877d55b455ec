// The checks MapFile::open runs, in the order a user would want them
// explained: what the file is, whose it is, which version, whether it is
// intact, whether someone else holds it, and whether we may write to it.
#include "mapfile.h"

#include "migrations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>
#include <sqlite3.h>

namespace stagecraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("MapFile", text); }

OpenError problem(OpenProblem p, const QString &message) { return {p, message}; }

// The 100-byte SQLite header tells most of what is wrong without asking
// SQLite to open (and perhaps recover) anything.
OpenError checkHeader(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problem(OpenProblem::NotFound, tr("'%1' cannot be read: %2").arg(name, file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.isEmpty())
        return problem(OpenProblem::NotSqlite, tr("'%1' is empty: it is not a Stagecraft map.").arg(name));
    if (!header.startsWith(magic.left(qMin(header.size(), magic.size()))) || header.size() < magic.size())
        return problem(OpenProblem::NotSqlite, tr("'%1' is not a Stagecraft map (not a database file).").arg(name));
    if (header.size() < 100)
        return problem(OpenProblem::Damaged, tr("'%1' is damaged: the file is cut short.").arg(name));
    const auto appId = qFromBigEndian<qint32>(header.constData() + 68);
    if (appId != MapFile::ApplicationId)
        return problem(OpenProblem::NotStagecraft,
                       tr("'%1' is a database of another program, not a Stagecraft map.").arg(name));
    const auto version = qFromBigEndian<qint32>(header.constData() + 60);
    if (version > Migrations::latestVersion())
        return problem(OpenProblem::NewerVersion,
                       tr("'%1' was made by a newer Stagecraft (file format %2; this version reads up to %3). "
                          "Update Stagecraft to open it.")
                           .arg(name)
                           .arg(version)
                           .arg(Migrations::latestVersion()));
    if (version < 1)
        return problem(OpenProblem::Damaged, tr("'%1' is damaged: it has no schema version.").arg(name));
    return {};
}

// SQLite's integrity_check, its first real problem or empty. It heads its
// list with "*** in database main ***". Not quick_check, though that is
// twice as fast: it does not compare indexes with their tables, so a file
// with a damaged index opened and failed at the first edit that touched
// it (found by fuzzing; tests/core/test_fuzzfindings.cpp).
QString firstDamage(SqliteDb &db)
{
    Statement check(db.handle(), "PRAGMA integrity_check");
    QString damage;
    while (check.step() && (damage.isEmpty() || damage.startsWith(QLatin1String("***"))))
        if (const QString line = check.text(0).simplified(); line != QLatin1String("ok"))
            damage = line;
    return damage;
}

// SQLite leaves out CHECK constraints when it reads a schema on a read-only
// connection, so integrity_check there passes rows a writable open refuses. A
// private temporary copy (memory up to SQLite's page cache, then a deleted
// temporary file, never beside the map) is writable: its check sees them.
QString firstDamageOfCopy(SqliteDb &db)
{
    SqliteDb copy(QString(), SqliteDb::Mode::Create);
    sqlite3_backup *backup = sqlite3_backup_init(copy.handle(), "main", db.handle(), "main");
    if (!backup)
        copy.fail(QStringLiteral("copy for the check"));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        throw StorageError(QString::fromUtf8(sqlite3_errstr(rc)), rc);
    return firstDamage(copy);
}

// A read-only connection to a WAL-mode file makes -wal and -shm files beside
// it and leaves them there. With no log beside the file there is nothing to
// replay, so it is read as immutable: nothing is made. A log beside it holds
// edits and is read as SQLite reads it.
SqliteDb::Mode readOnlyModeFor(const QString &path)
{
    QFile file(path);
    const QByteArray header = file.open(QIODevice::ReadOnly) ? file.read(20) : QByteArray();
    const bool wal = header.size() == 20 && (header.at(18) == 2 || header.at(19) == 2);
    return wal && !QFileInfo::exists(path + QLatin1String("-wal")) ? SqliteDb::Mode::ReadOnlyImmutable
                                                                     : SqliteDb::Mode::ReadOnly;
}

bool isBusy(int code) { return (code & 0xff) == SQLITE_BUSY || (code & 0xff) == SQLITE_LOCKED; }

OpenError fromStorageError(const StorageError &e, const QString &name)
{
    if (isBusy(e.code()))
        return problem(OpenProblem::Locked,
                       tr("'%1' is locked by another program. Close it there and try again.").arg(name));
    if ((e.code() & 0xff) == SQLITE_TOOBIG)
        return problem(OpenProblem::Damaged, tr("'%1' holds a value too large for a map.").arg(name));
    return problem(OpenProblem::Damaged, tr("'%1' is damaged: %2").arg(name, e.message()));
}

// Counted before loading: a file with ten million links must be refused, not
// loaded into memory.
OpenError checkSize(SqliteDb &db, const QString &name)
{
    for (const char *table : {"touchpoint", "link", "stage", "lane", "owner", "phase"}) {
        Statement count(db.handle(), QByteArray("SELECT count(*) FROM ").append(table).constData());
        if (count.step() && count.integer(0) > JourneyMap::MaxElementsPerKind)
            return problem(OpenProblem::Damaged,
                           tr("'%1' is too large to be a journey map: %2 rows in its %3 table (at most %4).")
                               .arg(name)
                               .arg(count.integer(0))
                               .arg(QLatin1String(table))
                               .arg(JourneyMap::MaxElementsPerKind));
    }
    return {};
}

OpenError checkSchema(SqliteDb &db, const QString &name)
{
    Statement st(db.handle(), "SELECT type, name FROM sqlite_schema");
    QStringList tables;
    while (st.step()) {
        const QString type = st.text(0);
        if (type == QLatin1String("trigger") || type == QLatin1String("view"))
            return problem(OpenProblem::UnexpectedSchema,
                           tr("'%1' contains a %2 ('%3') that Stagecraft never writes: the file was altered "
                              "outside Stagecraft, so it is not opened.")
                               .arg(name, type, st.text(1)));
        if (type == QLatin1String("table"))
            tables << st.text(1);
    }
    for (const QString &expected : Migrations::expectedTables())
        if (!tables.contains(expected))
            return problem(OpenProblem::UnexpectedSchema,
                           tr("'%1' is missing its '%2' table: the file was altered outside Stagecraft.")
                               .arg(name, expected));
    // Extra columns are never read; a missing one would fail every load.
    const int version = int(db.pragmaInteger("user_version"));
    for (const QString &table : Migrations::expectedTables()) {
        Statement columns(db.handle(), "SELECT name FROM pragma_table_info(?)");
        columns.bind(1, table);
        QStringList present;
        while (columns.step())
            present << columns.text(0);
        for (const QString &column : Migrations::expectedColumns(version, table))
            if (!present.contains(column))
                return problem(OpenProblem::UnexpectedSchema,
                               tr("'%1' is missing the '%2' column of its '%3' table: the file was altered "
                                  "outside Stagecraft.").arg(name, column, table));
    }
    return {};
}

QString backupNameFor(const QString &path, int version)
{
    const QFileInfo info(path);
    for (int n = 0;; ++n) {
        const QString suffix = n ? QStringLiteral("-%1").arg(n) : QString();
        const QString candidate = info.absoluteDir().filePath(
            QStringLiteral("%1.v%2-backup%3.journey").arg(info.completeBaseName()).arg(version).arg(suffix));
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace

MapFile::Opened MapFile::open(const QString &path, OpenOptions options)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return {nullptr, {}, problem(OpenProblem::NotFound, tr("'%1' does not exist.").arg(path)), {}};
    if (!info.isFile())
        return {nullptr, {}, problem(OpenProblem::NotFound, tr("'%1' is not a file.").arg(path)), {}};
    if (const OpenError e = checkHeader(path, name))
        return {nullptr, {}, e, {}};

    // Root may write through a file's read-only bit; the bit is what the user meant.
    const QFileInfo folder(info.absolutePath());
    QString readOnlyReason;
    if (options.readOnly)
        readOnlyReason = tr("opened read-only");
    else if (!info.isWritable() || !info.permission(QFile::WriteOwner))
        readOnlyReason = tr("the file is read-only");
    else if (!folder.isWritable() || !folder.permission(QFile::WriteOwner))
        readOnlyReason = tr("its folder is read-only");
    const bool readOnly = !readOnlyReason.isEmpty();

    Opened result;
    try {
        auto db = std::make_unique<SqliteDb>(path, readOnly ? readOnlyModeFor(path) : SqliteDb::Mode::ReadWrite);
        sqlite3_busy_timeout(db->handle(), 300);
        // Read-only, the copy alone is checked: a backup copies the pages as
        // they are, so it holds every damage the file has, and its check
        // sees the CHECK constraints too. Checking the file as well cost a
        // second integrity_check (about 40 ms at 10,000 cards).
        const QString damage = readOnly ? firstDamageOfCopy(*db) : firstDamage(*db);
        if (!damage.isEmpty())
            return {nullptr, {}, problem(OpenProblem::Damaged, tr("'%1' is damaged: %2").arg(name, damage)), {}};
        if (const OpenError e = checkSchema(*db, name))
            return {nullptr, {}, e, {}};
        if (const OpenError e = checkSize(*db, name))
            return {nullptr, {}, e, {}};
        if (!readOnly) {
            // Someone holding a write lock would make every edit fail later.
            db->exec("BEGIN IMMEDIATE");
            db->exec("ROLLBACK");
            db->exec("PRAGMA synchronous = FULL");
        }
        const int version = int(db->pragmaInteger("user_version"));
        if (version < Migrations::latestVersion()) {
            if (readOnly)
                return {nullptr, {}, problem(OpenProblem::MigrationFailed,
                                             tr("'%1' is from an older Stagecraft and must be updated, but %2.")
                                                 .arg(name, readOnlyReason)), {}};
            result.backupPath = backupNameFor(path, version);
            try {
                Statement backup(db->handle(), "VACUUM INTO ?");
                backup.bind(1, result.backupPath);
                backup.run();
                Migrations::migrate(*db);
            } catch (const StorageError &e) {
                return {nullptr, {}, problem(OpenProblem::MigrationFailed,
                                             tr("'%1' could not be updated to the current format: %2")
                                                 .arg(name, e.message())), {}};
            }
        }
        db->exec("PRAGMA foreign_keys = ON");
        result.file.reset(new MapFile(path, std::move(db), readOnly, readOnlyReason));
        result.map = result.file->load();
    } catch (const StorageError &e) {
        return {nullptr, {}, fromStorageError(e, name), {}};
    }
    if (const QStringList problems = result.map.problems(); !problems.isEmpty())
        return {nullptr, {}, problem(OpenProblem::Damaged, tr("'%1' is damaged: %2.").arg(name, problems.first())), {}};
    return result;
}

} // namespace stagecraft
