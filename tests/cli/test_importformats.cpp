#include "interchange/journeyjson.h"
#include "support/testsupport.h"

#include <QFileInfo>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

// Imports `data` (a file under tests/data/import, or bytes written to
// `name`) and returns the CLI's result; the output goes to `out`.
test::CliResult importBytes(const test::Scratch &scratch, const QString &name, const QByteArray &bytes,
                            const QString &out, QStringList extra = {})
{
    test::writeBytes(scratch.path(name), bytes);
    return test::runCli(QStringList{"import", scratch.path(name), "-o", out} + extra);
}

} // namespace

TEST_CASE("import reads every format, guessing it from the file", "[cli][import]")
{
    test::Scratch scratch;
    struct Case {
        const char *file;
        const char *summary;
    };
    for (const Case &c : {Case{"workshop.csv", "Imported 8 touchpoints, 0 links, 4 owners"},
                          Case{"semicolon.csv", "Imported 2 touchpoints, 0 links, 1 owners"},
                          Case{"blueprint-signal.csv", "Imported 9 touchpoints, 0 links, 3 owners"},
                          Case{"onboarding.mmd", "Imported 4 touchpoints, 3 links, 0 owners"}}) {
        const QString out = scratch.path(QLatin1String(c.file) + ".journey");
        const auto r = test::runCli({"import", test::sourcePath(QStringLiteral("tests/data/import/") + c.file), "-o", out});
        INFO(c.file << ": " << r.err.toStdString());
        CHECK(r.exitCode == 0);
        CHECK(r.out.contains(QLatin1String(c.summary)));
        CHECK(JourneyDocument::open(out, true).document);
    }
    // A spreadsheet has no title: the map takes the file's name.
    const auto info = test::runCli({"info", scratch.path("workshop.csv.journey")});
    CHECK(info.out.contains("Title:        workshop"));
}

TEST_CASE("import --format overrides the guess", "[cli][import]")
{
    test::Scratch scratch;
    const QString out = scratch.path("m.journey");
    const auto r = importBytes(scratch, "steps.txt", "journey\n section A\n  Go: 3: Me\n", out, {"--format", "mermaid"});
    CHECK(r.exitCode == 0);
    const auto bad = importBytes(scratch, "x.txt", "journey\n", scratch.path("n.journey"), {"--format", "visio"});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("unknown format 'visio'; choose one of json, csv, blueprint-signal, mermaid"));
}

TEST_CASE("a rejected import of any format names the line and writes no file", "[cli][import]")
{
    test::Scratch scratch;
    struct Case {
        const char *name;
        QByteArray content;
        const char *message;
    };
    const QByteArray blueprint =
        "Stage,Service layer,What happens,Responsible person or team,Time in minutes,Evidence status,Evidence note\n";
    const QList<Case> cases{
        {"bad-quote.csv", "Phase,Stage,Lane,Title\nBuy,Order,Web,\"Form\n",
         "bad-quote.csv: line 2: a quoted field is never closed"},
        {"typo.csv", "Phase,Stage,Lane,Titel\nBuy,Order,Web,Form\n", "typo.csv: line 1: unknown column 'Titel'"},
        {"emotion.csv", "Phase,Stage,Lane,Title,Emotion\nBuy,Order,Web,Form,5\n",
         "emotion.csv: line 2, column 'Emotion': '5' is not a whole number from -2 to +2"},
        {"date.csv", "Phase,Stage,Lane,Title,Last reviewed\nBuy,Order,Web,Form,2024-13-01\n",
         "date.csv: line 2, column 'Last reviewed': '2024-13-01' is not a date YYYY-MM-DD"},
        {"duration.csv", "Phase,Stage,Lane,Title,Processing time\nBuy,Order,Web,Form,P1W\n",
         "duration.csv: line 2, column 'Processing time': 'P1W' is not a duration"},
        {"layer.csv", blueprint + "A,Front line,x,,5,,\n",
         "layer.csv: line 2, column 'Service layer': 'Front line' is not one of Blueprint Signal's layers"},
        {"score.mmd", "journey\n section A\n  Go: 0: Me\n", "score.mmd: line 3: score '0' of task 'Go'"},
        {"dangling.json",
         R"({"format": "stagecraft-journey", "version": 1, "title": "x",
             "phases": [{"id": "p1", "stages": [{"id": "s1"}]}], "lanes": [{"id": "l1"}],
             "touchpoints": [{"id": "t1", "stage": "s1", "lane": "l1"}],
             "links": [{"from": "t1", "to": "t9"}]})",
         "dangling.json: line 4: link 1, field 'to': refers to touchpoint 't9', which is not in the file"},
        {"dup.json",
         R"({"format": "stagecraft-journey", "version": 1, "title": "x",
             "phases": [{"id": "p1", "stages": [{"id": "s1"}]}], "lanes": [{"id": "l1"}, {"id": "l1"}]})",
         "dup.json: line 2: lane 2, field 'id': 'l1' is used by another lane"},
        {"infinite.json", "{\"format\": \"stagecraft-journey\", \"version\": 1e400}",
         "infinite.json: line 1: the map, field 'version': not valid JSON: illegal number"},
    };
    for (const Case &c : cases) {
        const QString out = scratch.path(QLatin1String(c.name) + ".journey");
        const auto r = importBytes(scratch, QLatin1String(c.name), c.content, out);
        INFO(c.name << ": " << r.err.toStdString());
        CHECK(r.exitCode == 12);
        CHECK(r.err.startsWith(QStringLiteral("stagecraft-cli: ") + QLatin1String(c.message)));
        CHECK(r.err.trimmed().count('\n') == 0);
        CHECK_FALSE(QFileInfo::exists(out));
    }
}

TEST_CASE("export writes JSON and CSV that import back to the same map", "[cli][export]")
{
    test::Scratch scratch;
    const QString example = QStringLiteral(STAGECRAFT_BINARY_DIR "/examples/broadband.journey");
    const QString json = scratch.path("a.json"), again = scratch.path("b.json"), map = scratch.path("b.journey");
    REQUIRE(test::runCli({"export", example, "-o", json}).exitCode == 0);
    REQUIRE(test::runCli({"import", json, "-o", map}).exitCode == 0);
    REQUIRE(test::runCli({"export", map, "-o", again}).exitCode == 0);
    CHECK(test::readBytes(json) == test::readBytes(again));
    CHECK(test::readBytes(json) == writeJourneyJson(*readJourneyJson(test::readBytes(json)).map));

    const QString csv = scratch.path("a.csv"), csvMap = scratch.path("c.journey"), csvAgain = scratch.path("c.csv");
    REQUIRE(test::runCli({"export", example, "-o", csv}).exitCode == 0);
    REQUIRE(test::runCli({"import", csv, "-o", csvMap}).exitCode == 0);
    REQUIRE(test::runCli({"export", csvMap, "-o", csvAgain}).exitCode == 0);
    CHECK(test::readBytes(csv) == test::readBytes(csvAgain));
    CHECK(test::readBytes(csv).startsWith("Key,Phase,Stage,Lane,Lane kind,Title,Owner"));
}

TEST_CASE("export refuses to overwrite and names unsupported formats", "[cli][export]")
{
    test::Scratch scratch;
    const auto doc = test::createDocument(scratch, test::smallMap());
    const QString out = scratch.path("out.json");
    test::writeBytes(out, "keep");
    auto r = test::runCli({"export", doc->filePath(), "-o", out});
    CHECK(r.exitCode == 11);
    CHECK(test::readBytes(out) == "keep");
    r = test::runCli({"export", doc->filePath(), "-o", out, "--force"});
    CHECK(r.exitCode == 0);
    CHECK(readJourneyJson(test::readBytes(out)).map);
    r = test::runCli({"export", doc->filePath(), "-o", scratch.path("out.docx")});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains("unsupported format '.docx'"));
}
