// What fuzzing found, each kept as a test (the inputs are also in
// fuzz/corpus/, which ctest replays).
#include "interchange/journeycsv.h"
#include "commands/edit.h"
#include "interchange/journeyjson.h"
#include "storage/sqlite.h"

#include <sqlite3.h>
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace stagecraft;

TEST_CASE("A U+FEFF inside a text survives JSON export and import", "[fuzz][import]")
{
    // Found by the csv target on tests/data/import/semicolon.csv, whose rows
    // start with a byte-order mark: the phase was "\uFEFFAware", and Qt's JSON
    // parser silently drops a raw U+FEFF, so export then import changed it.
    JourneyMap map = test::smallMap();
    map.phases[0].name = QStringLiteral("\uFEFFAware");
    map.touchpoints[0].title = QStringLiteral("a\uFEFFb");
    const QByteArray json = writeJourneyJson(map);
    CHECK(json.contains("\\ufeffAware"));
    const ImportResult back = readJourneyJson(json);
    REQUIRE(back);
    CHECK(back.map->phases[0].name == map.phases[0].name);
    CHECK(back.map->touchpoints[0].title == map.touchpoints[0].title);
    CHECK(writeJourneyJson(*back.map) == json);
}

TEST_CASE("An unreadable creation time is kept, so undo restores the file exactly", "[fuzz][storage]")
{
    // Found by the mapfile target (fuzz/corpus/mapfile/undo-after-add-changes-file.journey):
    // a flipped byte made `created` unparseable, and the first edit wrote it
    // back empty, so the undo of that edit no longer restored the file.
    test::Scratch s;
    auto doc = test::createDocument(s, test::smallMap());
    const QString path = doc->filePath();
    doc.reset();
    {
        SqliteDb db(path, SqliteDb::Mode::ReadWrite);
        db.exec("UPDATE map SET created = '2026-11-22T18:34:14.355['");
    }
    auto opened = JourneyDocument::open(path);
    REQUIRE(opened.document);
    const QString before = opened.document->dump();
    REQUIRE(edit::addTouchpoint(*opened.document, StageId(1), LaneId(1), 0, QStringLiteral("new")).isValid());
    opened.document->undoStack()->undo();
    CHECK(opened.document->dump() == before);
    CHECK(before.contains(QStringLiteral("2026-11-22T18:34:14.355[")));
}

TEST_CASE("A creation time is never rewritten, however it is written in the file", "[fuzz][storage]")
{
    // Found by the mapfile target (fuzz/corpus/mapfile/undo-after-add-changes-created.journey):
    // Qt reads "2026-11)22T..." as a date, so the first edit wrote it back
    // as "2026-11-22T..." and its undo no longer restored the file. Any
    // text Qt reads but writes differently did the same: no milliseconds,
    // an offset from UTC.
    const char *const texts[] = {"2026-11)22T18:34:14.355Z", "2026-11-22T18:34:14Z", "2026-11-22T20:34:14.355+02:00",
                                 "2026-11-22T18:34:14.355["};
    for (const char *text : texts) {
        CAPTURE(text);
        test::Scratch s;
        auto doc = test::createDocument(s, test::smallMap());
        const QString path = doc->filePath();
        doc.reset();
        {
            SqliteDb db(path, SqliteDb::Mode::ReadWrite);
            Statement set(db.handle(), "UPDATE map SET created = ?");
            set.bind(1, QString::fromLatin1(text));
            set.run();
        }
        auto opened = JourneyDocument::open(path);
        REQUIRE(opened.document);
        const QString before = opened.document->dump();
        REQUIRE(edit::addTouchpoint(*opened.document, StageId(1), LaneId(1), 0, QStringLiteral("new")).isValid());
        CHECK(opened.document->dump().contains(QLatin1String(text)));
        opened.document->undoStack()->undo();
        CHECK(opened.document->dump() == before);
    }
}

TEST_CASE("A file whose index disagrees with its table is refused at open", "[fuzz][storage]")
{
    // Found by the mapfile target (fuzz/corpus/mapfile/index-disagrees-with-table.journey):
    // a mutated byte in an index page left the index naming rows its table
    // does not hold. quick_check does not compare indexes with their tables,
    // so the map opened; adding a card worked, and its undo then failed
    // with "database disk image is malformed". A damaged file must be
    // refused when it is opened, not half way through a workshop.
    const QString found = test::sourcePath(QStringLiteral("fuzz/corpus/mapfile/index-disagrees-with-table.journey"));
    const QByteArray bytes = test::readBytes(found);
    test::Scratch s;
    const QString copy = s.path(QStringLiteral("found.journey"));
    test::writeBytes(copy, bytes);
    for (const bool readOnly : {false, true}) {
        const auto opened = JourneyDocument::open(copy, readOnly);
        CHECK_FALSE(opened.document);
        CHECK(opened.error.problem == OpenProblem::Damaged);
        CHECK(opened.error.message.contains(QStringLiteral("found.journey' is damaged")));
    }
    CHECK(test::readBytes(copy) == bytes);

    // The same kind of damage made on purpose: the index on a card's cell
    // redefined, behind SQLite's back, over titles instead of positions.
    auto doc = test::createDocument(s, test::smallMap());
    const QString path = doc->filePath();
    doc.reset();
    {
        SqliteDb db(path, SqliteDb::Mode::ReadWrite);
        sqlite3_db_config(db.handle(), SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
        db.exec("PRAGMA writable_schema = ON");
        db.exec("UPDATE sqlite_schema SET sql = replace(sql, 'position', 'title') WHERE name = 'touchpoint_cell'");
    }
    const auto opened = JourneyDocument::open(path);
    CHECK_FALSE(opened.document);
    CHECK(opened.error.problem == OpenProblem::Damaged);
    CHECK(opened.error.message.contains(QStringLiteral("touchpoint_cell")));
}
