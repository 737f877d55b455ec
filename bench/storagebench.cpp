// File write and open, against the floor: reading the same rows with the
// plain sqlite3 C API into plain structs.
#include "benchrun.h"
#include "model/journeydocument.h"

#include <QFile>
#include <sqlite3.h>

namespace stagecraft::bench {

namespace {

struct RawRow {
    sqlite3_int64 id;
    std::string text;
    sqlite3_int64 a, b, c;
};

// What opening could cost at the very least: every row of every table read.
size_t rawRead(const QString &path)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    std::vector<RawRow> rows;
    for (const char *sql : {"SELECT id, title, stage_id, lane_id, owner_id, processing_minutes, emotion, pain, "
                            "last_reviewed, evidence, key, description, channel FROM touchpoint",
                            "SELECT id, key, from_id, to_id, kind, agreed_minutes, wait_minutes, note FROM link",
                            "SELECT id, name, phase_id, position, key FROM stage",
                            "SELECT id, name, kind, position, key FROM lane",
                            "SELECT id, name, color, position, key FROM owner"}) {
        sqlite3_stmt *st = nullptr;
        sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        while (sqlite3_step(st) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, 1));
            rows.push_back({sqlite3_column_int64(st, 0), text ? text : "", sqlite3_column_int64(st, 2),
                            sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4)});
        }
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return rows.size();
}

void measureStorage(BenchRun &run)
{
    const QString path = run.path(QStringLiteral("bench.journey"));
    run.report(QStringLiteral("file write (ms)"), BenchRun::medianMs(3, [&] {
                   QFile::remove(path);
                   JourneyDocument::create(path, run.map());
               }));
    const double open = BenchRun::medianMs(5, [&] { JourneyDocument::open(path); });
    const double raw = BenchRun::medianMs(5, [&] { rawRead(path); });
    run.report(QStringLiteral("open: file to model (ms)"), open);
    run.report(QStringLiteral("raw sqlite3 read of the same rows (ms)"), raw);
    run.report(QStringLiteral("open / raw sqlite3 read (ratio)"), open / raw);
}

const Registration registration("1-storage", measureStorage);

} // namespace

} // namespace stagecraft::bench
