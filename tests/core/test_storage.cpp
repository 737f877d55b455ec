// The .journey file: what it holds, how it reopens, and how every open check
// answers a bad file without changing a byte of it.
#include "commands/edit.h"
#include "model/documentedit.h"
#include "storage/mapfile.h"
#include "support/testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace stagecraft;
using test::Scratch;

namespace {

qint64 headerInt(const QByteArray &bytes, int offset)
{
    return (quint8(bytes[offset]) << 24) | (quint8(bytes[offset + 1]) << 16) | (quint8(bytes[offset + 2]) << 8) |
           quint8(bytes[offset + 3]);
}

void setHeaderInt(QByteArray &bytes, int offset, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[offset + i] = char((value >> (24 - 8 * i)) & 0xff);
}

// Opens `path` and expects the problem; the file's bytes must not change.
OpenError expectRefused(const QString &path, OpenProblem expected)
{
    const QByteArray before = test::readBytes(path);
    const auto opened = JourneyDocument::open(path);
    CHECK_FALSE(opened.document);
    CHECK(int(opened.error.problem) == int(expected));
    CHECK_FALSE(opened.error.message.isEmpty());
    CHECK(test::readBytes(path) == before);
    CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-journal")));
    return opened.error;
}

QString validFile(const Scratch &s, const QString &name = QStringLiteral("good.journey"))
{
    auto doc = test::createDocument(s, test::smallMap(), name);
    return doc->filePath();
}

void sql(const QString &path, const char *statement)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, statement, nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

} // namespace

TEST_CASE("A new map file is a Stagecraft SQLite database", "[storage]")
{
    Scratch s;
    const QString path = validFile(s);
    const QByteArray bytes = test::readBytes(path);
    CHECK(bytes.startsWith(QByteArray("SQLite format 3\0", 16)));
    CHECK(headerInt(bytes, 68) == MapFile::ApplicationId);
    CHECK(headerInt(bytes, 60) == MapFile::currentSchemaVersion());
    // One file on disk: no journal, no temporary left behind.
    CHECK(QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("good.journey")});
}

TEST_CASE("A map reopens exactly as it was written", "[storage]")
{
    Scratch s;
    const JourneyMap original = test::smallMap();
    {
        auto doc = test::createDocument(s, original);
        JourneyMap reopened = doc->map();
        reopened.info.created = original.info.created;
        reopened.info.modified = original.info.modified;
        CHECK(reopened == original);
    }
    auto again = JourneyDocument::open(s.path(QStringLiteral("map.journey")));
    REQUIRE(again.document);
    const JourneyMap &m = again.document->map();
    CHECK(m.touchpoints == original.touchpoints);
    CHECK(m.links == original.links);
    CHECK(m.owners == original.owners);
    CHECK(m.stages == original.stages);
    CHECK(m.info.title == original.info.title);
}

TEST_CASE("Edits are in the file when they return", "[storage]")
{
    Scratch s;
    auto doc = test::createDocument(s, test::smallMap());
    const TouchpointId added = edit::addTouchpoint(*doc, StageId(3), LaneId(2), 0, QStringLiteral("Welcome email"));
    REQUIRE(added.isValid());
    REQUIRE(edit::moveTouchpoints(*doc, {TouchpointId(2)}, StageId(3), LaneId(2), 1));
    REQUIRE(edit::assignOwner(*doc, {TouchpointId(5)}, OwnerId(2)));
    // A second connection sees every edit without the first closing.
    auto reader = JourneyDocument::open(doc->filePath(), /*readOnly=*/true);
    REQUIRE(reader.document);
    const JourneyMap &seen = reader.document->map();
    CHECK(seen.touchpoint(added)->title == QStringLiteral("Welcome email"));
    CHECK(seen.cell(StageId(3), LaneId(2)) == QList<TouchpointId>{added, TouchpointId(2)});
    CHECK(seen.touchpoint(TouchpointId(5))->owner == OwnerId(2));
}

TEST_CASE("Open checks refuse bad files with their own problem and leave them untouched", "[storage]")
{
    Scratch s;
    const QString good = validFile(s);
    const QByteArray bytes = test::readBytes(good);

    SECTION("missing file")
    {
        const auto opened = JourneyDocument::open(s.path(QStringLiteral("nope.journey")));
        CHECK(opened.error.problem == OpenProblem::NotFound);
        CHECK_FALSE(QFileInfo::exists(s.path(QStringLiteral("nope.journey"))));
    }
    SECTION("zero bytes")
    {
        test::writeBytes(s.path(QStringLiteral("empty.journey")), {});
        CHECK(expectRefused(s.path(QStringLiteral("empty.journey")), OpenProblem::NotSqlite).message.contains(
            QStringLiteral("empty")));
    }
    SECTION("foreign file")
    {
        test::writeBytes(s.path(QStringLiteral("notes.journey")), "Meeting notes: call the printer people.\n");
        expectRefused(s.path(QStringLiteral("notes.journey")), OpenProblem::NotSqlite);
        test::writeBytes(s.path(QStringLiteral("image.journey")), QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(300, 'x'));
        expectRefused(s.path(QStringLiteral("image.journey")), OpenProblem::NotSqlite);
    }
    SECTION("another program's SQLite database")
    {
        const QString other = s.path(QStringLiteral("other.journey"));
        sql(other, "CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('Dana');");
        CHECK(expectRefused(other, OpenProblem::NotStagecraft).message.contains(QStringLiteral("another program")));
    }
    SECTION("wrong application id")
    {
        QByteArray changed = bytes;
        setHeaderInt(changed, 68, 0x12345678);
        test::writeBytes(s.path(QStringLiteral("appid.journey")), changed);
        expectRefused(s.path(QStringLiteral("appid.journey")), OpenProblem::NotStagecraft);
    }
    SECTION("newer schema version")
    {
        QByteArray changed = bytes;
        setHeaderInt(changed, 60, quint32(MapFile::currentSchemaVersion() + 7));
        test::writeBytes(s.path(QStringLiteral("newer.journey")), changed);
        const OpenError e = expectRefused(s.path(QStringLiteral("newer.journey")), OpenProblem::NewerVersion);
        CHECK(e.message.contains(QString::number(MapFile::currentSchemaVersion() + 7)));
    }
    SECTION("truncated at several points")
    {
        for (int cut : {20, 99, 100, 1024, int(bytes.size()) / 2, int(bytes.size()) - 1000}) {
            INFO("cut at " << cut);
            const QString path = s.path(QStringLiteral("cut%1.journey").arg(cut));
            test::writeBytes(path, bytes.left(cut));
            const QByteArray before = test::readBytes(path);
            const auto opened = JourneyDocument::open(path);
            CHECK_FALSE(opened.document);
            CHECK((opened.error.problem == OpenProblem::Damaged || opened.error.problem == OpenProblem::NotSqlite));
            CHECK(test::readBytes(path) == before);
        }
    }
    SECTION("hand-altered schema")
    {
        const QString trig = validFile(s, QStringLiteral("trigger.journey"));
        sql(trig, "CREATE TRIGGER wipe AFTER UPDATE ON touchpoint BEGIN DELETE FROM link; END;");
        CHECK(expectRefused(trig, OpenProblem::UnexpectedSchema).message.contains(QStringLiteral("trigger")));
        const QString view = validFile(s, QStringLiteral("view.journey"));
        sql(view, "CREATE VIEW v AS SELECT * FROM touchpoint;");
        expectRefused(view, OpenProblem::UnexpectedSchema);
        const QString missing = validFile(s, QStringLiteral("missing.journey"));
        sql(missing, "PRAGMA foreign_keys=OFF; DROP TABLE link;");
        CHECK(expectRefused(missing, OpenProblem::UnexpectedSchema).message.contains(QStringLiteral("link")));
    }
    SECTION("inconsistent rows")
    {
        const QString path = validFile(s, QStringLiteral("dangling.journey"));
        sql(path, "PRAGMA foreign_keys=OFF; UPDATE touchpoint SET stage_id = 99 WHERE id = 1;");
        expectRefused(path, OpenProblem::Damaged);
    }
}

TEST_CASE("A map locked by another program is reported as locked", "[storage]")
{
    Scratch s;
    const QString path = validFile(s);
    sqlite3 *other = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &other) == SQLITE_OK);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE; UPDATE map SET title = title;", nullptr, nullptr, nullptr) == SQLITE_OK);
    const auto opened = JourneyDocument::open(path);
    CHECK(opened.error.problem == OpenProblem::Locked);
    CHECK(opened.error.message.contains(QStringLiteral("locked")));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    CHECK(JourneyDocument::open(path).document);
}

TEST_CASE("A read-only file opens read-only and refuses edits", "[storage]")
{
    Scratch s;
    const QString path = validFile(s);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup);
    const QByteArray before = test::readBytes(path);
    {
        auto opened = JourneyDocument::open(path);
        REQUIRE(opened.document);
        JourneyDocument &doc = *opened.document;
        CHECK(doc.isReadOnly());
        CHECK(doc.readOnlyReason().contains(QStringLiteral("read-only")));
        QString failure;
        QObject::connect(&doc, &JourneyDocument::writeFailed, [&](const QString &m) { failure = m; });
        CHECK_FALSE(edit::addTouchpoint(doc, StageId(1), LaneId(1), 0, QStringLiteral("x")).isValid());
        CHECK(doc.undoStack()->count() == 0);
        // A copy can still be made.
        CHECK(doc.saveCopy(s.path(QStringLiteral("copy.journey"))).isEmpty());
    }
    CHECK(test::readBytes(path) == before);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("Save a Copy and Save As write a consistent copy", "[storage]")
{
    Scratch s;
    auto doc = test::createDocument(s, test::smallMap());
    REQUIRE(edit::addTouchpoint(*doc, StageId(1), LaneId(2), 0, QStringLiteral("Chat")).isValid());

    const QString copy = s.path(QStringLiteral("copy.journey"));
    REQUIRE(doc->saveCopy(copy).isEmpty());
    auto copied = JourneyDocument::open(copy);
    REQUIRE(copied.document);
    CHECK(copied.document->map().touchpoints == doc->map().touchpoints);
    CHECK(doc->filePath() == s.path(QStringLiteral("map.journey")));

    const QString moved = s.path(QStringLiteral("moved.journey"));
    REQUIRE(doc->saveAs(moved).isEmpty());
    CHECK(doc->filePath() == moved);
    REQUIRE(edit::addTouchpoint(*doc, StageId(1), LaneId(2), 0, QStringLiteral("After save as")).isValid());
    // The edit went to the new file, and undo still works there.
    CHECK(JourneyDocument::open(moved).document->map().touchpoints.size() == 7);
    CHECK(JourneyDocument::open(s.path(QStringLiteral("map.journey"))).document->map().touchpoints.size() == 6);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    CHECK(JourneyDocument::open(moved).document->map().touchpoints.size() == 5);
    // Once closed, only the three maps: no temporaries or journals left.
    doc.reset();
    CHECK(QDir(s.path(QString())).entryList(QDir::Files | QDir::Hidden).size() == 3);
}

TEST_CASE("A map opened for editing but not edited is never written", "[storage]")
{
    Scratch s;
    const QString path = test::createDocument(s, test::smallMap())->filePath();
    const QByteArray before = test::readBytes(path);
    {
        auto opened = JourneyDocument::open(path);
        REQUIRE(opened.document);
        CHECK_FALSE(opened.document->isReadOnly());
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
    CHECK(test::readBytes(path) == before);
    CHECK(QDir(s.path(QString())).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("map.journey")});
}

TEST_CASE("An open map writes ahead to a log, and closes as one self-contained file", "[storage]")
{
    Scratch s;
    auto doc = test::createDocument(s, test::smallMap());
    const QString path = doc->filePath();
    REQUIRE(edit::addTouchpoint(*doc, StageId(1), LaneId(2), 0, QStringLiteral("Chat")).isValid());
    // No fsync on the edit's path: the log is synced in the background (test_walsync.cpp).
    CHECK(QFileInfo::exists(path + QStringLiteral("-wal")));
    const QString copy = s.path(QStringLiteral("copy.journey"));
    REQUIRE(doc->saveCopy(copy).isEmpty());
    doc.reset();
    CHECK(QDir(s.path(QString())).entryList(QDir::Files | QDir::Hidden)
          == QStringList{QStringLiteral("copy.journey"), QStringLiteral("map.journey")});
    // Header bytes 18 and 19 are 1 in rollback-journal mode, 2 in WAL mode:
    // a closed map and its copy open anywhere without a -wal or -shm.
    for (const QString &file : {path, copy}) {
        const QByteArray bytes = test::readBytes(file);
        CHECK(int(bytes.at(18)) == 1);
        CHECK(int(bytes.at(19)) == 1);
    }
    CHECK(JourneyDocument::open(path, /*readOnly=*/true).document->map().touchpoints.size() == 6);
}

TEST_CASE("A failed write rolls back and reports, and the model matches the file", "[storage]")
{
    Scratch s;
    auto doc = test::createDocument(s, test::smallMap());
    QString failure;
    QObject::connect(doc.get(), &JourneyDocument::writeFailed, [&](const QString &m) { failure = m; });
    // A key that collides in the file (UNIQUE) makes the insert fail inside SQLite.
    Touchpoint clash;
    clash.stage = StageId(1);
    clash.lane = LaneId(2);
    clash.title = QStringLiteral("Clash");
    const bool ok = doc->apply([&](DocumentEdit &e) {
        clash.id = TouchpointId(50);
        clash.key = QStringLiteral("t1");
        e.insertTouchpoint(clash, 0);
    });
    CHECK_FALSE(ok);
    CHECK(failure.contains(QStringLiteral("not made")));
    CHECK_FALSE(doc->map().touchpoint(TouchpointId(50)));
    CHECK(doc->map().touchpoints.size() == 5);
}

TEST_CASE("A map with more rows than any journey map is refused before loading", "[storage]")
{
    Scratch s;
    const QString path = validFile(s, QStringLiteral("huge.journey"));
    sql(path, "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 100001) "
              "INSERT INTO touchpoint (id, key, stage_id, lane_id, position, title) "
              "SELECT 1000 + n, 'bulk' || n, 1, 1, n, 'card' FROM c;");
    const OpenError e = expectRefused(path, OpenProblem::Damaged);
    CHECK(e.message.contains(QStringLiteral("too large")));
    CHECK(e.message.contains(QStringLiteral("touchpoint")));
}
