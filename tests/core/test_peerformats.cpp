#include "interchange/blueprintsignal.h"
#include "interchange/importformat.h"
#include "interchange/mermaidjourney.h"
#include "support/testsupport.h"

#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

std::string errorOf(const ImportResult &r) { return r.map ? "(accepted)" : r.error.toStdString(); }

const QByteArray blueprintHeader =
    "Stage,Service layer,What happens,Responsible person or team,Time in minutes,Evidence status,Evidence note\n";

} // namespace

TEST_CASE("Blueprint Signal CSV maps layers to lanes and teams to owners", "[interchange][blueprint]")
{
    const ImportResult r = readBlueprintSignal(test::readBytes(test::sourcePath("tests/data/import/blueprint-signal.csv")));
    INFO(r.error.toStdString());
    REQUIRE(r.map);
    const JourneyMap &m = *r.map;
    REQUIRE(m.phases.size() == 1);
    REQUIRE(m.stages.size() == 3);
    CHECK(m.stages[2].name == "Leave");
    REQUIRE(m.lanes.size() == 5);
    CHECK(m.lanes[0].kind == LaneKind::Customer);
    CHECK(m.lanes[1].name == "Visible staff / technology");
    CHECK(m.lanes[1].kind == LaneKind::OnStage);
    CHECK(m.lanes[2].kind == LaneKind::BackStage);
    CHECK(m.lanes[3].kind == LaneKind::Support);
    CHECK(m.lanes[4].kind == LaneKind::Evidence);
    REQUIRE(m.owners.size() == 3);
    CHECK(m.owners[0].name == "Front desk");
    CHECK(m.owners[2].name == "Housekeeping");
    CHECK(m.owners[2].accountable.isEmpty());

    REQUIRE(m.touchpoints.size() == 9);
    const Touchpoint &checkIn = m.touchpoints[0];
    CHECK(checkIn.title == "Checks in at the front desk");
    CHECK_FALSE(checkIn.owner);
    CHECK(checkIn.processingTime == Duration{5});
    CHECK(checkIn.description == "Evidence status: Observed");
    CHECK(checkIn.evidence == QStringList{"Shadowing session 3"});
    CHECK_FALSE(m.touchpoints[3].owner); // blank responsible: no owner
    CHECK(m.touchpoints[3].lane == m.lanes[4].id);
    CHECK(m.touchpoints[4].evidence == QStringList{"\"Took 40 minutes, had to call twice\""});
    CHECK(m.touchpoints[6].processingTime == Duration{40});
}

TEST_CASE("Blueprint Signal CSV rejects what it cannot map", "[interchange][blueprint]")
{
    CHECK(errorOf(readBlueprintSignal("Stage,Service layer,What happens\nA,Customer actions,x\n")) ==
          "line 1: column 'Responsible person or team' is missing");
    CHECK(errorOf(readBlueprintSignal(blueprintHeader + "A,Customer actions,x,,5,,,extra\n")) ==
          "line 2: 8 fields, but the header has 7");
    CHECK(errorOf(readBlueprintSignal(blueprintHeader + "A,Front line,x,,5,,\n")) ==
          "line 2, column 'Service layer': 'Front line' is not one of Blueprint Signal's layers (Customer actions, "
          "Visible staff / technology, Backstage actions, Support processes, Physical / digital evidence)");
    CHECK(errorOf(readBlueprintSignal(blueprintHeader + "A,Customer actions,x,,2.5,,\n")) ==
          "line 2, column 'Time in minutes': '2.5' is not a whole number of minutes");
    CHECK(errorOf(readBlueprintSignal(blueprintHeader + "A,Customer actions,x,,-3,,\n")) ==
          "line 2, column 'Time in minutes': '-3' is not a whole number of minutes");
    CHECK(errorOf(readBlueprintSignal(blueprintHeader + "A,Customer actions,,,,,\n")) ==
          "line 2, column 'What happens': is empty");
    CHECK(errorOf(readBlueprintSignal(blueprintHeader + "A,Customer actions,\"x\"\"y,,,,\n")) ==
          "line 2: a quoted field is never closed");
}

TEST_CASE("A Mermaid journey becomes a customer lane with emotions", "[interchange][mermaid]")
{
    const ImportResult r = readMermaidJourney(test::readBytes(test::sourcePath("tests/data/import/onboarding.mmd")));
    INFO(r.error.toStdString());
    REQUIRE(r.map);
    const JourneyMap &m = *r.map;
    CHECK(m.info.title == "First week with the app");
    REQUIRE(m.stages.size() == 2);
    CHECK(m.stages[0].name == "Sign up");
    REQUIRE(m.lanes.size() == 1);
    CHECK(m.lanes[0].kind == LaneKind::Customer);
    REQUIRE(m.touchpoints.size() == 4);
    CHECK(m.touchpoints[0].emotion == 1);
    CHECK(m.touchpoints[1].emotion == -1);
    CHECK(m.touchpoints[2].emotion == -2);
    CHECK(m.touchpoints[3].emotion == 2);
    CHECK(m.touchpoints[1].description == "Actors: Customer, Support bot");
    CHECK(m.touchpoints[2].stage == m.stages[1].id);
    CHECK(m.owners.empty());
    REQUIRE(m.links.size() == 3);
    CHECK(m.links[2].from == m.touchpoints[2].id);
    CHECK(m.links[2].to == m.touchpoints[3].id);
}

TEST_CASE("Mermaid journey errors name the line", "[interchange][mermaid]")
{
    CHECK(errorOf(readMermaidJourney("journey\n  section A\n    Task: 6: Me\n")) ==
          "line 3: score '6' of task 'Task' is not a whole number from 1 to 5");
    CHECK(errorOf(readMermaidJourney("journey\n  section A\n    Task: 2.5: Me\n")) ==
          "line 3: score '2.5' of task 'Task' is not a whole number from 1 to 5");
    CHECK(errorOf(readMermaidJourney("journey\n  Task: 3: Me\n")) == "line 2: task 'Task' comes before any section");
    CHECK(errorOf(readMermaidJourney("flowchart LR\n  A --> B\n")) ==
          "line 1: a Mermaid journey starts with 'journey', not 'flowchart LR'");
    CHECK(errorOf(readMermaidJourney("journey\n  section A\n  just words\n")) ==
          "line 3: 'just words' is not a title, a section or a task (name: score: actors)");
    CHECK(errorOf(readMermaidJourney("journey\n  title Empty\n")) == "line 3: the journey has no tasks");
}

TEST_CASE("Import formats are guessed from extension and content", "[interchange]")
{
    CHECK(guessImportFormat("map.json", "") == ImportFormat::Json);
    CHECK(guessImportFormat("map.txt", "  {\"format\": 1}") == ImportFormat::Json);
    CHECK(guessImportFormat("a.mmd", "") == ImportFormat::Mermaid);
    CHECK(guessImportFormat("diagram", "%% hi\njourney\n") == ImportFormat::Mermaid);
    CHECK(guessImportFormat("a.csv", blueprintHeader) == ImportFormat::BlueprintSignal);
    CHECK(guessImportFormat("a.csv", "Phase,Stage,Lane,Title\n") == ImportFormat::Csv);
    CHECK(guessImportFormat("mystery", "hello") == std::nullopt);
}
