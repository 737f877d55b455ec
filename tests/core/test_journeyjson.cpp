#include "interchange/journeyjson.h"
#include "interchange/jsonlocator.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

// A small valid document; tests break one thing in it at a time.
const QByteArray minimal = R"({
  "format": "stagecraft-journey",
  "version": 1,
  "title": "Tiny",
  "owners": [ { "id": "o1", "name": "Ops" } ],
  "phases": [ { "id": "p1", "name": "Buy", "stages": [ { "id": "s1", "name": "Order" } ] } ],
  "lanes": [ { "id": "l1", "name": "Customer", "kind": "customer" },
             { "id": "l2", "name": "Web", "kind": "front-stage" } ],
  "touchpoints": [
    { "id": "t1", "stage": "s1", "lane": "l1", "title": "Orders" },
    { "id": "t2", "stage": "s1", "lane": "l2", "title": "Form", "owner": "o1", "emotion": -1 }
  ],
  "links": [ { "from": "t1", "to": "t2", "kind": "flow" } ]
}
)";

// std::string, so Catch prints the message when a check fails.
std::string errorOf(const QByteArray &json)
{
    const ImportResult r = readJourneyJson(json);
    return r.map ? "(accepted)" : r.error.toStdString();
}

QByteArray with(const char *from, const char *to)
{
    QByteArray json = minimal;
    REQUIRE(json.contains(from));
    return json.replace(from, to);
}

} // namespace

TEST_CASE("The example map imports, and JSON round-trips it byte for byte", "[interchange][json]")
{
    const ImportResult first = readJourneyJson(test::readBytes(test::sourcePath("resources/examples/broadband.json")));
    INFO(first.error.toStdString());
    REQUIRE(first.map);
    CHECK(first.map->touchpoints.size() == 73);
    CHECK(first.map->links.size() == 96);
    CHECK(first.map->problems().isEmpty());

    const QByteArray exported = writeJourneyJson(*first.map);
    const ImportResult second = readJourneyJson(exported);
    REQUIRE(second.map);
    CHECK(*second.map == *first.map);
    CHECK(writeJourneyJson(*second.map) == exported);
}

TEST_CASE("JSON survives a trip through a .journey file", "[interchange][json]")
{
    test::Scratch scratch;
    const JourneyMap map = test::smallMap();
    const QByteArray exported = writeJourneyJson(map);
    const auto doc = test::createDocument(scratch, *readJourneyJson(exported).map);
    CHECK(writeJourneyJson(doc->map()) == exported);
    CHECK(writeJourneyJson(map) == exported);
}

TEST_CASE("JSON import keeps keys and assigns ids in order", "[interchange][json]")
{
    const ImportResult r = readJourneyJson(minimal);
    REQUIRE(r.map);
    const JourneyMap &m = *r.map;
    REQUIRE(m.touchpoints.size() == 2);
    CHECK(m.touchpoints[1].key == "t2");
    CHECK(m.touchpoints[1].id == TouchpointId(2));
    CHECK(m.touchpoints[1].owner == OwnerId(1));
    CHECK(m.touchpoints[1].emotion == -1);
    CHECK_FALSE(m.touchpoints[0].owner); // never invented
    CHECK(m.links[0].key == "k1");       // no id in the file: a fresh key
    CHECK(m.owners[0].color.isValid());  // no colour in the file: one from the palette
    CHECK(m.lanes[0].kind == LaneKind::Customer);
}

TEST_CASE("JSON import: unknown keys and nulls are ignored", "[interchange][json]")
{
    const ImportResult r = readJourneyJson(
        with(R"("title": "Form", "owner": "o1")", R"("title": "Form", "owner": null, "colour_of_sky": "blue")"));
    REQUIRE(r.map);
    CHECK_FALSE(r.map->touchpoints[1].owner);
}

TEST_CASE("JSON import rejects malformed input naming line, element and field", "[interchange][json]")
{
    CHECK(errorOf("[1, 2]") == "line 1: the map: the top level must be a JSON object");
    CHECK(errorOf("{\n \"format\": \"stagecraft-journey\",\n \"version\": 1,\n") ==
          "line 4: the map: not valid JSON: unterminated object");
    CHECK(errorOf(with("\"version\": 1", "\"version\": 2")) ==
          "line 3: the map, field 'version': version 2 is not one this Stagecraft reads (1)");
    CHECK(errorOf(with("\"title\": \"Tiny\",", "")) == "line 1: the map, field 'title': is missing");
    CHECK(errorOf(with(R"({ "id": "t1", "stage")", R"({ "stage")")) == "line 10: touchpoint 1, field 'id': is missing");
    CHECK(errorOf(with(R"("id": "t2")", R"("id": "t1")")) ==
          "line 11: touchpoint 2, field 'id': 't1' is used by another touchpoint");
    CHECK(errorOf(with(R"("stage": "s1", "lane": "l2")", R"("stage": "s9", "lane": "l2")")) ==
          "line 11: touchpoint 't2', field 'stage': refers to stage 's9', which is not in the file");
    CHECK(errorOf(with(R"("owner": "o1")", R"("owner": "o7")")) ==
          "line 11: touchpoint 't2', field 'owner': refers to owner 'o7', which is not in the file");
    CHECK(errorOf(with(R"("to": "t2")", R"("to": "t1")")) == "line 13: link 1, field 'to': links the touchpoint to itself");
    CHECK(errorOf(with(R"("kind": "flow" } ])", R"("kind": "flow" }, { "from": "t1", "to": "t2" } ])")) ==
          "line 13: link 2: repeats an earlier flow link between the same touchpoints");
    CHECK(errorOf(with("\"emotion\": -1", "\"emotion\": 3")) ==
          "line 11: touchpoint 't2', field 'emotion': 3 is outside -2..+2");
    CHECK(errorOf(with("\"emotion\": -1", "\"emotion\": 1.5")) ==
          "line 11: touchpoint 't2', field 'emotion': must be a whole number, not 1.5");
    CHECK(errorOf(with("\"emotion\": -1", "\"emotion\": 1e999")) ==
          "line 11: touchpoint 2, field 'emotion': not valid JSON: illegal number");
    CHECK(errorOf(with("\"emotion\": -1", "\"processing_time\": \"3 days\"")) ==
          "line 11: touchpoint 't2', field 'processing_time': '3 days' is not a duration in days, hours and "
          "minutes such as P3D, PT4H or P1DT12H");
    CHECK(errorOf(with("\"emotion\": -1", "\"last_reviewed\": \"2024-02-30\"")) ==
          "line 11: touchpoint 't2', field 'last_reviewed': '2024-02-30' is not a date YYYY-MM-DD");
    CHECK(errorOf(with(R"("kind": "front-stage")", R"("kind": "frontstage")")) ==
          "line 8: lane 'l2', field 'kind': 'frontstage' is not a lane kind (customer, front-stage, on-stage, "
          "back-stage, support, evidence, notes)");
    CHECK(errorOf(with(R"("kind": "flow")", R"("kind": "push")")) ==
          "line 13: link 1, field 'kind': 'push' is not a link kind (flow, supports, handoff)");
    CHECK(errorOf(with(R"("title": "Orders")", R"("title": "Orders", "title": "Again")")) ==
          "line 10: touchpoint 1: key 'title' appears twice");
    CHECK(errorOf(with(R"("title": "Orders")", R"("title": "Orders", "\u0074itle": "Again")")) ==
          "line 10: touchpoint 1: key 'title' appears twice");
    CHECK(errorOf(with(R"("stages": [ { "id": "s1", "name": "Order" } ])", R"("stages": [])")) ==
          "line 6: phase 'p1', field 'stages': must hold at least one stage");
}

TEST_CASE("The JSON locator records lines only when asked, and finds the same duplicate key either way",
          "[interchange][json]")
{
    const QByteArray json = "{\n \"a\": [1,\n  {\"k\": \"x\\\"y\", \"k\": 2}],\n \"b\": 3\n}\n";
    const JsonLocator lines(json);
    const JsonLocator quick(json, JsonLocator::Record::DuplicatesOnly);
    REQUIRE(lines.duplicateKey());
    REQUIRE(quick.duplicateKey());
    CHECK(lines.duplicateKey()->objectPath == QLatin1String("/a/1"));
    for (const JsonLocator *locator : {&lines, &quick}) {
        CHECK(locator->duplicateKey()->key == QLatin1String("k"));
        CHECK(locator->duplicateKey()->line == 3);
    }
    CHECK(lines.lineOf(QStringLiteral("/a/1/k")) == 3);
    CHECK(lines.lineOf(QStringLiteral("/b")) == 4);
    CHECK(quick.lineOf(QStringLiteral("/b")) == 0);
    CHECK_FALSE(JsonLocator(QByteArray("{\"k\": {\"k\": 1}}"), JsonLocator::Record::DuplicatesOnly).duplicateKey());
}

TEST_CASE("The JSON locator compares keys as Qt decodes them, escaped or not, ASCII or not", "[interchange][json]")
{
    const auto duplicate = [](const char *json) {
        return JsonLocator(QByteArray(json), JsonLocator::Record::DuplicatesOnly).duplicateKey();
    };
    const auto accented = duplicate("{\"caf\\u00e9\": 1, \"caf\xC3\xA9\": 2}");
    REQUIRE(accented);
    CHECK(accented->key == QString::fromUtf8("caf\xC3\xA9"));
    CHECK(duplicate("{\"\xC3\xA9\": 1, \"\\u00e9\": 2}"));
    CHECK_FALSE(duplicate("{\"\xC3\xA9\": 1, \"e\": 2, \"\": 3}"));
    CHECK(duplicate("{\"\": 1, \"\": 2}"));
    // An unterminated key at the end of the text is read up to the end, not past it.
    CHECK(duplicate("{\"a\": 1, \"a"));
    CHECK_FALSE(duplicate("{\"a\": 1, \"a\\"));
}
