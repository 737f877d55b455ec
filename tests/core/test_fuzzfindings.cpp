// What fuzzing found, each kept as a test (the inputs are also in
// fuzz/corpus/, which ctest replays).
#include "interchange/journeycsv.h"
#include "interchange/journeyjson.h"
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
