#include "interchange/journeyjson.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace stagecraft;

TEST_CASE("import creates a map from the example JSON", "[cli][import]")
{
    test::Scratch scratch;
    const QString out = scratch.path("broadband.journey");
    const auto r = test::runCli({"import", test::sourcePath("resources/examples/broadband.json"), "-o", out});
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains("73 touchpoints"));
    auto opened = JourneyDocument::open(out, true);
    REQUIRE(opened.document);
    CHECK(opened.document->map().info.title == "Broadband: from first click to first repair");
    CHECK(opened.document->map().touchpoints.size() == 73);
}

TEST_CASE("import refuses to overwrite without --force", "[cli][import]")
{
    test::Scratch scratch;
    const QString in = scratch.path("map.json");
    const QString out = scratch.path("map.journey");
    test::writeBytes(in, writeJourneyJson(test::smallMap()));
    test::writeBytes(out, "keep me");
    auto r = test::runCli({"import", in, "-o", out});
    CHECK(r.exitCode == 11);
    CHECK(test::readBytes(out) == "keep me");
    r = test::runCli({"import", in, "-o", out, "--force"});
    CHECK(r.exitCode == 0);
    CHECK(JourneyDocument::open(out, true).document);
}

TEST_CASE("a rejected import prints one line and writes nothing", "[cli][import]")
{
    test::Scratch scratch;
    const QString in = scratch.path("bad.json");
    const QString out = scratch.path("bad.journey");
    QByteArray json = writeJourneyJson(test::smallMap());
    json.replace("\"emotion\": -1", "\"emotion\": -5");
    test::writeBytes(in, json);
    const auto r = test::runCli({"import", in, "-o", out});
    CHECK(r.exitCode == 12);
    CHECK(r.err.trimmed().count('\n') == 0);
    CHECK(r.err.contains("bad.json: line "));
    CHECK(r.err.contains("touchpoint 't3', field 'emotion': -5 is outside -2..+2"));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("the build made the example map", "[cli][import]")
{
    // The example_map target is built before the CLI tests.
    const auto r = test::runCli({"info", QStringLiteral(STAGECRAFT_BINARY_DIR "/examples/broadband.journey")});
    CHECK(r.exitCode == 0);
    CHECK(r.out.contains("Touchpoints:  73, links: 96"));
}
