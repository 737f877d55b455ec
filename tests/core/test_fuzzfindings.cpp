// What fuzzing found, each kept as a test (the inputs are also in
// fuzz/corpus/, which ctest replays).
#include "interchange/journeycsv.h"
#include "commands/edit.h"
#include "interchange/journeyjson.h"
#include "storage/sqlite.h"
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
