#include "mapfile.h"

#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>
#include <sqlite3.h>

#include <cstdio>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace stagecraft {

namespace {

QString dateTimeText(const QDateTime &t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime dateTimeFrom(const QString &s) { return QDateTime::fromString(s, Qt::ISODateWithMs); }

// YYYY-MM-DD read by hand: QDate::fromString is a general parser, and a
// map of 10,000 cards has 10,000 review dates to read on open.
QDate dateFrom(const QString &s)
{
    auto digits = [&s](int at, int n) {
        int v = 0;
        for (int i = at; i < at + n; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    if (s.size() == 10 && s[4] == QLatin1Char('-') && s[7] == QLatin1Char('-')) {
        const int y = digits(0, 4), m = digits(5, 2), d = digits(8, 2);
        if (y >= 0 && m >= 0 && d >= 0)
            return QDate(y, m, d); // invalid when out of range, as fromString would be
    }
    return QDate::fromString(s, Qt::ISODate);
}

std::optional<qint64> minutesOf(const std::optional<Duration> &d)
{
    return d ? std::optional<qint64>(d->minutes) : std::nullopt;
}

std::optional<Duration> durationFrom(std::optional<qint64> minutes)
{
    return minutes ? std::optional<Duration>(Duration{*minutes}) : std::nullopt;
}

QString evidenceText(const QStringList &quotes)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(quotes)).toJson(QJsonDocument::Compact));
}

QStringList evidenceFrom(const QString &text)
{
    QStringList out;
    if (text.size() <= 2) // "" or "[]": most cards have no evidence; skip the JSON parser
        return out;
    for (const QJsonValue &v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

// Flushes a file or folder to the disk. VACUUM INTO never syncs its output,
// and a rename is only durable once its folder is synced: without both, a
// power cut right after Save As could leave an empty or missing map.
bool syncToDisk(const QString &path, bool folder)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? (O_RDONLY | O_DIRECTORY) : O_RDWR);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    Q_UNUSED(folder);
    return true;
#endif
}

// Renames over `target` atomically: rename(2) replaces, QFile::rename does not.
void replaceFile(const QString &from, const QString &target)
{
    if (!syncToDisk(from, false) ||
        std::rename(QFile::encodeName(from).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(from);
        throw StorageError(QStringLiteral("could not write '%1'").arg(target), 0);
    }
    syncToDisk(QFileInfo(target).absolutePath(), true);
}

QString temporaryNameFor(const QString &target)
{
    const QFileInfo info(target);
    // A crash during an earlier copy to the same target left its temporary
    // (and perhaps its journal) behind: the new copy replaces it.
    const QDir dir = info.absoluteDir();
    for (const QString &stale : dir.entryList({QStringLiteral(".%1.????????.tmp*").arg(info.fileName())},
                                              QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(stale));
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.tmp")
                                           .arg(info.fileName(), QUuid::createUuid().toString(QUuid::Id128).left(8)));
}

} // namespace

int MapFile::currentSchemaVersion() { return Migrations::latestVersion(); }

MapFile::MapFile(const QString &path, std::unique_ptr<SqliteDb> db, bool readOnly, QString reason)
    : m_path(path), m_db(std::move(db)), m_readOnly(readOnly), m_readOnlyReason(std::move(reason))
{
    m_schemaVersion = int(m_db->pragmaInteger("user_version"));
}

MapFile::~MapFile()
{
    m_statements.clear(); // finalize before the connection closes
    if (!m_writeAheadLog)
        return;
    stopSyncer(); // a last sync of the log before the checkpoint below
    // Back to the rollback journal: the closed map is one self-contained file
    // that any SQLite, read-only too, opens without a -wal or -shm beside it.
    try {
        m_db->exec("PRAGMA journal_mode = DELETE");
    } catch (const StorageError &) {
        // Another connection still reads it; SQLite checkpoints at the last close.
    }
}

void MapFile::prepareForEdits()
{
    // An edit then costs no fsync at all on its way: with synchronous =
    // NORMAL a commit hands the log's new frames to the OS and returns (safe
    // against a crash of the app from then on), and the syncer flushes the log
    // to the disk right after (safe against a power cut about one fdatasync
    // later). Checkpoints still sync the log and the file, as under FULL.
    if (!m_writeAheadLog) {
        m_db->exec("PRAGMA journal_mode = WAL");
        m_db->exec("PRAGMA synchronous = NORMAL");
        m_writeAheadLog = true;
    }
    if (!m_syncer)
        startSyncer();
}

void MapFile::startSyncer()
{
    const char *wal = sqlite3_filename_wal(sqlite3_db_filename(m_db->handle(), "main"));
    m_syncer = std::make_unique<WalSyncer>(QFile::decodeName(wal), m_syncErrorHandler);
    // Replaces SQLite's own commit hook, whose only job is the automatic
    // checkpoint: onWalCommit does that too, at the connection's own setting
    // (read first: with another hook installed the pragma reads 0).
    m_autoCheckpointPages = int(m_db->pragmaInteger("wal_autocheckpoint"));
    sqlite3_wal_hook(m_db->handle(), &MapFile::onWalCommit, this);
}

void MapFile::stopSyncer()
{
    if (!m_syncer)
        return;
    m_syncer->finish();
    m_earlierSyncs += m_syncer->completedSyncs();
    m_syncer.reset();
}

int MapFile::onWalCommit(void *self, sqlite3 *db, const char *name, int pages)
{
    const MapFile *file = static_cast<MapFile *>(self);
    if (WalSyncer *syncer = file->m_syncer.get())
        syncer->committed();
    // What SQLite's default hook does: a passive checkpoint once the log is that long.
    if (file->m_autoCheckpointPages > 0 && pages >= file->m_autoCheckpointPages)
        sqlite3_wal_checkpoint(db, name);
    return SQLITE_OK;
}

bool MapFile::waitUntilSynced() { return m_syncer ? m_syncer->waitUntilSynced() : true; }

std::uint64_t MapFile::completedSyncs() const
{
    return m_earlierSyncs + (m_syncer ? m_syncer->completedSyncs() : 0);
}

Statement &MapFile::statement(const char *sql)
{
    auto &slot = m_statements[sql];
    if (!slot)
        slot = std::make_unique<Statement>(m_db->handle(), sql);
    else
        slot->reset();
    return *slot;
}

MapFile::Opened MapFile::create(const QString &path, const JourneyMap &map)
{
    const QString temp = temporaryNameFor(path);
    try {
        {
            SqliteDb db(temp, SqliteDb::Mode::Create);
            db.exec("PRAGMA journal_mode = DELETE");
            db.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
            Migrations::migrate(db);
            MapFile file(temp, std::make_unique<SqliteDb>(temp, SqliteDb::Mode::ReadWrite), false, {});
            file.db().exec("PRAGMA foreign_keys = ON");
            Transaction tx(file.db());
            file.writeAll(map);
            tx.commit();
        }
        replaceFile(temp, path);
    } catch (const StorageError &e) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        return {nullptr, {}, {OpenProblem::NotFound, QStringLiteral("Could not write '%1': %2").arg(path, e.message())}, {}};
    }
    return open(path);
}

void MapFile::writeAll(const JourneyMap &map)
{
    writeInfo(map.info);
    for (int i = 0; i < int(map.phases.size()); ++i)
        writePhase(map.phases[i], i);
    for (const Phase &p : map.phases) {
        const QList<StageId> ids = map.stagesOf(p.id);
        for (int i = 0; i < ids.size(); ++i)
            writeStage(*map.stage(ids[i]), i);
    }
    for (int i = 0; i < int(map.lanes.size()); ++i)
        writeLane(map.lanes[i], i);
    for (int i = 0; i < int(map.owners.size()); ++i)
        writeOwner(map.owners[i], i);
    // Positions count within a cell; the vector is in cell order already.
    QHash<QPair<qint64, qint64>, int> nextInCell;
    for (const Touchpoint &t : map.touchpoints)
        writeTouchpoint(t, nextInCell[{t.stage.value, t.lane.value}]++);
    for (const Link &l : map.links)
        writeLink(l);
}

void MapFile::writeInfo(const MapInfo &info)
{
    statement("INSERT INTO map (id, title, description, stale_after_months, target_minutes, created, modified) "
              "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET title = excluded.title, "
              "description = excluded.description, stale_after_months = excluded.stale_after_months, "
              // Never the creation time: it is the file's, and the model's
              // copy may be written differently from the file's text (no
              // milliseconds, an offset, one Qt read leniently or not at all),
              // which an undo must not find changed.
              "target_minutes = excluded.target_minutes, modified = excluded.modified")
        .bind(1, info.title)
        .bind(2, info.description)
        .bind(3, info.settings.staleAfterMonths)
        .bind(4, minutesOf(info.settings.targetTime))
        .bind(5, dateTimeText(info.created))
        .bind(6, dateTimeText(info.modified))
        .run();
}

void MapFile::writePhase(const Phase &p, int position)
{
    statement("INSERT INTO phase (id, key, position, name) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
              "key = excluded.key, position = excluded.position, name = excluded.name")
        .bind(1, p.id.value).bind(2, p.key).bind(3, position).bind(4, p.name).run();
}

void MapFile::writeStage(const Stage &s, int position)
{
    statement("INSERT INTO stage (id, key, phase_id, position, name) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO "
              "UPDATE SET key = excluded.key, phase_id = excluded.phase_id, position = excluded.position, "
              "name = excluded.name")
        .bind(1, s.id.value).bind(2, s.key).bind(3, s.phase.value).bind(4, position).bind(5, s.name).run();
}

void MapFile::writeLane(const Lane &l, int position)
{
    statement("INSERT INTO lane (id, key, position, name, kind) VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE "
              "SET key = excluded.key, position = excluded.position, name = excluded.name, kind = excluded.kind")
        .bind(1, l.id.value).bind(2, l.key).bind(3, position).bind(4, l.name).bind(5, laneKindName(l.kind)).run();
}

void MapFile::writeOwner(const Owner &o, int position)
{
    statement("INSERT INTO owner (id, key, position, name, color, accountable) VALUES (?, ?, ?, ?, ?, ?) "
              "ON CONFLICT(id) DO UPDATE SET key = excluded.key, position = excluded.position, "
              "name = excluded.name, color = excluded.color, accountable = excluded.accountable")
        .bind(1, o.id.value).bind(2, o.key).bind(3, position).bind(4, o.name)
        .bind(5, o.color.name()).bind(6, o.accountable).run();
}

void MapFile::writeTouchpoint(const Touchpoint &t, int position)
{
    Statement &st = statement(
        "INSERT INTO touchpoint (id, key, stage_id, lane_id, position, title, description, channel, "
        "owner_id, processing_minutes, emotion, pain, last_reviewed, evidence) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
        "key = excluded.key, stage_id = excluded.stage_id, lane_id = excluded.lane_id, "
        "position = excluded.position, title = excluded.title, description = excluded.description, "
        "channel = excluded.channel, owner_id = excluded.owner_id, "
        "processing_minutes = excluded.processing_minutes, emotion = excluded.emotion, "
        "pain = excluded.pain, last_reviewed = excluded.last_reviewed, evidence = excluded.evidence");
    st.bind(1, t.id.value)
        .bind(2, t.key)
        .bind(3, t.stage.value)
        .bind(4, t.lane.value)
        .bind(5, position)
        .bind(6, t.title)
        .bind(7, t.description)
        .bind(8, t.channel)
        .bind(9, t.owner ? std::optional<qint64>(t.owner->value) : std::nullopt)
        .bind(10, minutesOf(t.processingTime))
        .bind(11, t.emotion ? std::optional<qint64>(*t.emotion) : std::nullopt)
        .bind(12, t.pain ? 1 : 0)
        .bind(14, evidenceText(t.evidence));
    if (t.lastReviewed)
        st.bind(13, t.lastReviewed->toString(Qt::ISODate));
    else
        st.bindNull(13);
    st.run();
}

void MapFile::writeLink(const Link &l)
{
    statement("INSERT INTO link (id, key, from_id, to_id, kind, agreed_minutes, wait_minutes, note) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET key = excluded.key, "
              "from_id = excluded.from_id, to_id = excluded.to_id, kind = excluded.kind, "
              "agreed_minutes = excluded.agreed_minutes, wait_minutes = excluded.wait_minutes, note = excluded.note")
        .bind(1, l.id.value)
        .bind(2, l.key)
        .bind(3, l.from.value)
        .bind(4, l.to.value)
        .bind(5, linkKindName(l.kind))
        .bind(6, minutesOf(l.agreedTime))
        .bind(7, minutesOf(l.waitTime))
        .bind(8, l.note)
        .run();
}

void MapFile::erase(PhaseId id) { statement("DELETE FROM phase WHERE id = ?").bind(1, id.value).run(); }
void MapFile::erase(StageId id) { statement("DELETE FROM stage WHERE id = ?").bind(1, id.value).run(); }
void MapFile::erase(LaneId id) { statement("DELETE FROM lane WHERE id = ?").bind(1, id.value).run(); }
void MapFile::erase(OwnerId id) { statement("DELETE FROM owner WHERE id = ?").bind(1, id.value).run(); }
void MapFile::erase(TouchpointId id) { statement("DELETE FROM touchpoint WHERE id = ?").bind(1, id.value).run(); }
void MapFile::erase(LinkId id) { statement("DELETE FROM link WHERE id = ?").bind(1, id.value).run(); }

template <typename IdT>
void MapFile::writePositionsIn(const char *sql, const QList<IdT> &ids)
{
    for (int i = 0; i < ids.size(); ++i)
        statement(sql).bind(1, i).bind(2, ids[i].value).run();
}

void MapFile::writePositions(const QList<PhaseId> &ids)
{
    writePositionsIn("UPDATE phase SET position = ? WHERE id = ?", ids);
}
void MapFile::writePositions(const QList<StageId> &ids)
{
    writePositionsIn("UPDATE stage SET position = ? WHERE id = ?", ids);
}
void MapFile::writePositions(const QList<LaneId> &ids)
{
    writePositionsIn("UPDATE lane SET position = ? WHERE id = ?", ids);
}
void MapFile::writePositions(const QList<OwnerId> &ids)
{
    writePositionsIn("UPDATE owner SET position = ? WHERE id = ?", ids);
}
void MapFile::writePositions(const QList<TouchpointId> &ids)
{
    writePositionsIn("UPDATE touchpoint SET position = ? WHERE id = ?", ids);
}

JourneyMap MapFile::load()
{
    JourneyMap map;
    {
        Statement st(m_db->handle(), "SELECT title, description, stale_after_months, target_minutes, created, "
                                     "modified FROM map WHERE id = 1");
        if (!st.step())
            throw StorageError(QStringLiteral("the map table is empty"), SQLITE_CORRUPT);
        map.info.title = st.text(0);
        map.info.description = st.text(1);
        map.info.settings.staleAfterMonths = int(st.integer(2));
        map.info.settings.targetTime = durationFrom(st.optionalInteger(3));
        map.info.created = dateTimeFrom(st.text(4));
        map.info.modified = dateTimeFrom(st.text(5));
    }
    {
        Statement st(m_db->handle(), "SELECT id, key, name FROM phase ORDER BY position, id");
        while (st.step())
            map.phases.push_back({PhaseId(st.integer(0)), st.text(1), st.text(2)});
    }
    {
        Statement st(m_db->handle(), "SELECT s.id, s.key, s.phase_id, s.name FROM stage s "
                                     "JOIN phase p ON p.id = s.phase_id ORDER BY p.position, p.id, s.position, s.id");
        while (st.step())
            map.stages.push_back({StageId(st.integer(0)), st.text(1), PhaseId(st.integer(2)), st.text(3)});
    }
    {
        Statement st(m_db->handle(), "SELECT id, key, name, kind FROM lane ORDER BY position, id");
        while (st.step()) {
            const auto kind = laneKindFromName(st.text(3));
            if (!kind)
                throw StorageError(QStringLiteral("lane '%1' has an unknown kind").arg(st.text(1)), SQLITE_CORRUPT);
            map.lanes.push_back({LaneId(st.integer(0)), st.text(1), st.text(2), *kind});
        }
    }
    {
        Statement st(m_db->handle(), "SELECT id, key, name, color, accountable FROM owner ORDER BY position, id");
        while (st.step())
            map.owners.push_back({OwnerId(st.integer(0)), st.text(1), st.text(2), QColor(st.text(3)), st.text(4)});
    }
    {
        Statement st(m_db->handle(),
                     "SELECT id, key, stage_id, lane_id, title, description, channel, owner_id, processing_minutes, "
                     "emotion, pain, last_reviewed, evidence FROM touchpoint ORDER BY stage_id, lane_id, position, id");
        while (st.step()) {
            Touchpoint t;
            t.id = TouchpointId(st.integer(0));
            t.key = st.text(1);
            t.stage = StageId(st.integer(2));
            t.lane = LaneId(st.integer(3));
            t.title = st.text(4);
            t.description = st.text(5);
            t.channel = st.text(6);
            if (const auto owner = st.optionalInteger(7))
                t.owner = OwnerId(*owner);
            t.processingTime = durationFrom(st.optionalInteger(8));
            if (const auto emotion = st.optionalInteger(9))
                t.emotion = int(*emotion);
            t.pain = st.integer(10) != 0;
            if (!st.isNull(11))
                t.lastReviewed = dateFrom(st.text(11));
            t.evidence = evidenceFrom(st.text(12));
            map.touchpoints.push_back(std::move(t));
        }
    }
    {
        Statement st(m_db->handle(), "SELECT id, key, from_id, to_id, kind, agreed_minutes, wait_minutes, note "
                                     "FROM link ORDER BY id");
        while (st.step()) {
            const auto kind = linkKindFromName(st.text(4));
            if (!kind)
                throw StorageError(QStringLiteral("link '%1' has an unknown kind").arg(st.text(1)), SQLITE_CORRUPT);
            map.links.push_back({LinkId(st.integer(0)), st.text(1), TouchpointId(st.integer(2)),
                                 TouchpointId(st.integer(3)), *kind, durationFrom(st.optionalInteger(5)),
                                 durationFrom(st.optionalInteger(6)), st.text(7)});
        }
    }
    return map;
}

void MapFile::saveCopy(const QString &target)
{
    // The copy must not be on the disk before the edits it holds are; the
    // next edit starts the syncer again.
    stopSyncer();
    const QString temp = temporaryNameFor(target);
    Statement st(m_db->handle(), "VACUUM INTO ?");
    st.bind(1, temp);
    try {
        st.run();
    } catch (const StorageError &) {
        QFile::remove(temp);
        throw;
    }
    replaceFile(temp, target);
}

QString MapFile::dump()
{
    QString out;
    const QStringList tables = Migrations::expectedTables();
    for (const QString &table : tables) {
        Statement st(m_db->handle(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table).toUtf8().constData());
        out += QStringLiteral("[%1]\n").arg(table);
        while (st.step()) {
            QStringList cells;
            for (int c = 0; c < st.columnCount(); ++c) {
                if (table == QLatin1String("map") && st.columnName(c) == QLatin1String("modified"))
                    continue;
                cells << (st.isNull(c) ? QStringLiteral("NULL") : st.text(c));
            }
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

} // namespace stagecraft
