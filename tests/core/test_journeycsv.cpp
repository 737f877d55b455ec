#include "interchange/csvtable.h"
#include "interchange/journeycsv.h"
#include "interchange/journeyjson.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

std::string errorOf(const QByteArray &csv)
{
    const ImportResult r = readJourneyCsv(csv);
    return r.map ? "(accepted)" : r.error.toStdString();
}

const QByteArray header = "Phase,Stage,Lane,Lane kind,Title,Owner,Accountable,Processing time,Emotion,Pain,Last reviewed\n";

} // namespace

TEST_CASE("CSV tokenizer follows RFC 4180", "[interchange][csv]")
{
    const CsvTable t = CsvTable::parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n\r\n,,\n1,2,3");
    REQUIRE(t.error.isEmpty());
    CHECK(t.header == QStringList{"a", "b", "c"});
    REQUIRE(t.rows.size() == 2); // the blank and the all-empty rows are skipped
    CHECK(t.rows[0].fields == QStringList{"x, y", "say \"hi\"", "two\nlines"});
    CHECK(t.rows[0].line == 2);
    CHECK(t.rows[1].line == 6);
    CHECK(CsvTable::line({"x, y", "say \"hi\"", "plain"}) == "\"x, y\",\"say \"\"hi\"\"\",plain\r\n");

    CHECK(CsvTable::parse("a,b\n\"open,1\n").error == "line 2: a quoted field is never closed");
    CHECK(CsvTable::parse("a,b\n\"x\"y,1\n").error == "line 2: text after the closing quote of a field");
    CHECK(CsvTable::parse("a,b\nx\"y,1\n").error ==
          "line 2: a quote inside an unquoted field (quote the field and double the quote)");
    CHECK(CsvTable::parse("a,b\n1,2,3\n").error == "line 2: 3 fields, but the header has 2");
    CHECK(CsvTable::parse("a,b\n\xff\xfe,1\n").error == "line 2: the file is not UTF-8 text");
}

TEST_CASE("A workshop spreadsheet imports in order of first appearance", "[interchange][csv]")
{
    const ImportResult r = readJourneyCsv(test::readBytes(test::sourcePath("tests/data/import/workshop.csv")));
    INFO(r.error.toStdString());
    REQUIRE(r.map);
    const JourneyMap &m = *r.map;
    REQUIRE(m.phases.size() == 2);
    CHECK(m.phases[1].name == "Receive");
    REQUIRE(m.stages.size() == 3);
    CHECK(m.stages[1].name == "Order");
    REQUIRE(m.lanes.size() == 4);
    CHECK(m.lanes[2].name == "Back office");
    CHECK(m.lanes[2].kind == LaneKind::BackStage);
    CHECK(m.lanes[3].kind == LaneKind::OnStage);
    REQUIRE(m.owners.size() == 4);
    CHECK(m.owners[3].name == "Field engineering");
    CHECK(m.owners[3].accountable == "Dana Reyes"); // given once, on its first row
    CHECK(m.owners[1].accountable.isEmpty());       // Sales: nobody named, nobody invented
    CHECK(m.owners[0].color != m.owners[1].color);

    REQUIRE(m.touchpoints.size() == 8);
    const Touchpoint &form = m.touchpoints[2];
    CHECK(form.title == "Fills in the order form");
    CHECK_FALSE(form.owner);
    CHECK(form.pain);
    CHECK(form.emotion == -1);
    CHECK(form.processingTime == Duration{15});
    CHECK(form.evidence == QStringList{"\"The form lost my address twice\"", "\"It took three tries\""});
    CHECK(m.touchpoints[1].description == "Shows price, speed and contract length");
    CHECK(m.touchpoints[4].lastReviewed == QDate(2023, 1, 15));
    CHECK(m.touchpoints[5].processingTime == Duration{3 * 1440 + 4 * 60});
    CHECK(m.touchpoints[7].key == "t8");
}

TEST_CASE("CSV with a BOM and semicolons, headers in any case", "[interchange][csv]")
{
    const ImportResult r = readJourneyCsv(test::readBytes(test::sourcePath("tests/data/import/semicolon.csv")));
    INFO(r.error.toStdString());
    REQUIRE(r.map);
    CHECK(r.map->touchpoints[0].title == "Sees an ad, likes the price");
    CHECK(r.map->touchpoints[1].title == "TV; social ads");
    CHECK(r.map->touchpoints[1].processingTime == std::nullopt);
}

TEST_CASE("CSV export then import then export gives the same bytes", "[interchange][csv]")
{
    const auto example = readJourneyJson(test::readBytes(test::sourcePath("resources/examples/broadband.json")));
    REQUIRE(example.map);
    const QByteArray csv = writeJourneyCsv(*example.map);
    const ImportResult back = readJourneyCsv(csv);
    INFO(back.error.toStdString());
    REQUIRE(back.map);
    CHECK(writeJourneyCsv(*back.map) == csv);
    // The structure survives as well: lanes and stages in the same order.
    REQUIRE(back.map->lanes.size() == example.map->lanes.size());
    for (size_t i = 0; i < back.map->lanes.size(); ++i)
        CHECK(back.map->lanes[i].name == example.map->lanes[i].name);
    REQUIRE(back.map->stages.size() == example.map->stages.size());
    for (size_t i = 0; i < back.map->stages.size(); ++i)
        CHECK(back.map->stages[i].name == example.map->stages[i].name);
    CHECK(back.map->touchpoints.size() == 73);
}

TEST_CASE("CSV import rejects malformed rows naming line and column", "[interchange][csv]")
{
    CHECK(errorOf("Phase,Stage,Lane,Titel\nBuy,Order,Web,Form\n") ==
          "line 1: unknown column 'Titel' (the columns are: Key, Phase, Stage, Lane, Lane kind, Title, Owner, "
          "Accountable, Channel, Processing time, Emotion, Pain, Description, Last reviewed, Evidence)");
    CHECK(errorOf("Phase,Stage,Lane\nBuy,Order,Web\n") == "line 1: column 'Title' is missing");
    CHECK(errorOf("Phase,Stage,Lane,Title,title\nBuy,Order,Web,Form,Form\n") == "line 1: column 'title' appears twice");
    CHECK(errorOf(header) == "line 1: the file has no touchpoint rows");
    CHECK(errorOf(header + "Buy,,Web,front-stage,Form,,,,,,\n") == "line 2, column 'Stage': is empty");
    CHECK(errorOf(header + "Buy,Order,Web,,Form,,,,,,\n") ==
          "line 2, column 'Lane kind': is empty where lane 'Web' first appears");
    CHECK(errorOf(header + "Buy,Order,Web,frontstage,Form,,,,,,\n") ==
          "line 2, column 'Lane kind': 'frontstage' is not a lane kind (customer, front-stage, on-stage, "
          "back-stage, support, evidence, notes)");
    CHECK(errorOf(header + "Buy,Order,Web,front-stage,Form,,,,,,\nBuy,Pay,Web,back-stage,Pay,,,,,,\n") ==
          "line 3, column 'Lane kind': lane 'Web' is front-stage since line 2");
    CHECK(errorOf(header + "Buy,Order,Web,front-stage,Form,,,,3,,\n") ==
          "line 2, column 'Emotion': '3' is not a whole number from -2 to +2");
    CHECK(errorOf(header + "Buy,Order,Web,front-stage,Form,,,,nan,,\n") ==
          "line 2, column 'Emotion': 'nan' is not a whole number from -2 to +2");
    CHECK(errorOf(header + "Buy,Order,Web,front-stage,Form,,,2 days,,,\n") ==
          "line 2, column 'Processing time': '2 days' is not a duration such as P3D, PT4H or P1DT12H");
    CHECK(errorOf(header + "Buy,Order,Web,front-stage,Form,,,,,,01/03/2024\n") ==
          "line 2, column 'Last reviewed': '01/03/2024' is not a date YYYY-MM-DD");
    CHECK(errorOf(header + "Buy,Order,Web,front-stage,Form,,,,,maybe,\n") ==
          "line 2, column 'Pain': 'maybe' is not yes or no");
    CHECK(errorOf(header + "Buy,Order,Web,front-stage,Form,,Ana,,,,\n") ==
          "line 2, column 'Accountable': names 'Ana' but the row has no owner");
    CHECK(errorOf(header + "Buy,Order,Web,front-stage,Form,Sales,Ana,,,,\nBuy,Order,Web,,Call,Sales,Bo,,,,\n") ==
          "line 3, column 'Accountable': 'Ana' is accountable for 'Sales' since line 2");
    CHECK(errorOf("Key,Phase,Stage,Lane,Lane kind,Title\nt1,Buy,Order,Web,front-stage,A\nt1,Buy,Order,Web,,B\n") ==
          "line 3, column 'Key': 't1' is already the key of line 2");
    CHECK(errorOf(header + "Buy,Order,Web,front-stage,\"Form\n") == "line 2: a quoted field is never closed");
}

TEST_CASE("Without a lane kind column every lane is front-stage", "[interchange][csv]")
{
    const ImportResult r = readJourneyCsv("Phase,Stage,Lane,Title\nBuy,Order,Web,Form\n");
    REQUIRE(r.map);
    CHECK(r.map->lanes[0].kind == LaneKind::FrontStage);
}
