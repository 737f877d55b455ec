#pragma once

#include "model/journeymap.h"
#include "openerror.h"
#include "sqlite.h"
#include "walsyncer.h"

#include <memory>
#include <unordered_map>

namespace stagecraft {

// A .journey file: a SQLite database holding one map. It checks what it opens,
// migrates older maps, and writes single rows for the document's edits.
// See docs/file-format.md for the tables.
class MapFile {
public:
    static constexpr qint32 ApplicationId = 0x53746763; // "Stgc"
    static int currentSchemaVersion();

    struct OpenOptions {
        bool readOnly = false; // open read-only even where the file is writable
    };
    struct Opened {
        std::unique_ptr<MapFile> file;
        JourneyMap map;
        OpenError error;
        QString backupPath; // set when an older map was migrated
    };

    // Runs every check before anything can be written; never modifies a file
    // it refuses, and only migrates (after a backup copy) one it accepts.
    static Opened open(const QString &path, OpenOptions options);
    static Opened open(const QString &path) { return open(path, OpenOptions{}); }
    // Writes `map` as a new file at `path` (replacing one that is there) via
    // a temporary file and a rename, so `path` is never half-written.
    static Opened create(const QString &path, const JourneyMap &map);

    ~MapFile();

    QString path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    int schemaVersion() const { return m_schemaVersion; }

    JourneyMap load();

    // Row writes for the document's edits; call inside a transaction.
    SqliteDb &db() { return *m_db; }
    void writeInfo(const MapInfo &info);
    void writePhase(const Phase &phase, int position);
    void writeStage(const Stage &stage, int position);
    void writeLane(const Lane &lane, int position);
    void writeOwner(const Owner &owner, int position);
    void writeTouchpoint(const Touchpoint &tp, int position);
    void writeLink(const Link &link);
    void erase(PhaseId id);
    void erase(StageId id);
    void erase(LaneId id);
    void erase(OwnerId id);
    void erase(TouchpointId id);
    void erase(LinkId id);
    void writePositions(const QList<PhaseId> &ids);
    void writePositions(const QList<StageId> &ids);
    void writePositions(const QList<LaneId> &ids);
    void writePositions(const QList<OwnerId> &ids);
    void writePositions(const QList<TouchpointId> &ids);

    // Called before each edit's transaction. The first switches the file to
    // its write-ahead log (see the .cpp); a map that is only looked at is
    // never written, not even its header. Throws StorageError.
    void prepareForEdits();
    // Where a failed background sync of the log is reported, on the syncer's
    // thread. Set it before the first edit.
    void setSyncErrorHandler(WalSyncer::ErrorHandler handler) { m_syncErrorHandler = std::move(handler); }
    // Blocks until every committed edit is on the disk; false if a sync failed.
    bool waitUntilSynced();
    // Syncs of the log completed so far (tests).
    std::uint64_t completedSyncs() const;

    // A consistent copy of the map at `target` (VACUUM INTO a temporary
    // name, then rename); the open file is untouched. Throws StorageError.
    void saveCopy(const QString &target);

    // Every row of every table as text, minus the modified time: what the
    // tests compare to prove that undo restores the file exactly.
    QString dump();

private:
    MapFile(const QString &path, std::unique_ptr<SqliteDb> db, bool readOnly, QString reason);
    Statement &statement(const char *sql);
    void writeAll(const JourneyMap &map);
    template <typename IdT>
    void writePositionsIn(const char *sql, const QList<IdT> &ids);
    void startSyncer();
    void stopSyncer();
    static int onWalCommit(void *self, sqlite3 *db, const char *name, int pages);

    QString m_path;
    std::unique_ptr<SqliteDb> m_db;
    bool m_readOnly = false;
    QString m_readOnlyReason;
    int m_schemaVersion = 0;
    bool m_writeAheadLog = false;
    WalSyncer::ErrorHandler m_syncErrorHandler;
    std::unique_ptr<WalSyncer> m_syncer; // runs while the map is edited
    int m_autoCheckpointPages = 0; // SQLite's wal_autocheckpoint, for onWalCommit
    std::uint64_t m_earlierSyncs = 0;    // by syncers stopped for a copy
    std::unordered_map<const char *, std::unique_ptr<Statement>> m_statements;

    friend class MapFileOpener;
};

} // namespace stagecraft
