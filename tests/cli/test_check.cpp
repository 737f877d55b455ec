#include "interchange/journeyjson.h"
#include "support/testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {
const QString Example = QStringLiteral(STAGECRAFT_BINARY_DIR "/examples/broadband.journey");
}

TEST_CASE("check prints the example's findings grouped by severity, with a summary", "[cli][check]")
{
    const auto r = test::runCli({"check", Example, "--today", "2026-11-01"});
    INFO(r.err.toStdString());
    CHECK(r.exitCode == 1); // the example has errors, and --fail-on defaults to error
    CHECK(r.err.isEmpty());
    const QStringList lines = r.out.split('\n');
    const auto errors = lines.indexOf("Errors (4)");
    const auto warnings = lines.indexOf("Warnings (10)");
    const auto infos = lines.indexOf("Information (2)");
    CHECK(errors > 0);
    CHECK(warnings > errors);
    CHECK(infos > warnings);
    CHECK(r.out.contains("  error: 'Online fault checker' in stage Report fault has no owner "
                         "(suggested owner: Customer support) [unowned-touchpoint]\n"));
    CHECK(r.out.trimmed().endsWith("4 errors, 10 warnings, 2 information"));
}

TEST_CASE("check --json gives every finding with its rule, elements and departments", "[cli][check]")
{
    const auto r = test::runCli({"check", Example, "--json", "--today", "2026-11-01"});
    REQUIRE(r.exitCode == 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    INFO(error.errorString().toStdString());
    REQUIRE(doc.isObject());
    const QJsonArray findings = doc.object().value("findings").toArray();
    const QJsonObject summary = doc.object().value("summary").toObject();
    CHECK(findings.size() == 16);
    CHECK(summary.value("error").toInt() == 4);
    CHECK(summary.value("warning").toInt() == 10);
    CHECK(summary.value("info").toInt() == 2);
    int unowned = 0;
    for (const QJsonValue &v : findings) {
        const QJsonObject f = v.toObject();
        for (const char *key : {"rule", "severity", "message", "elements", "departments", "suggested_owner"})
            CHECK(f.contains(key));
        CHECK(f.value("elements").toArray().size() >= 1);
        if (f.value("rule") == "unowned-touchpoint") {
            ++unowned;
            CHECK(f.value("suggested_owner").isString());
        }
        if (f.value("rule") == "loop")
            CHECK(f.value("departments").toArray() ==
                  QJsonArray{"Field engineering", "Customer support", "Logistics"});
    }
    CHECK(unowned == 2);
    CHECK(findings.first().toObject().value("severity") == "error");
    CHECK(findings.last().toObject().value("severity") == "info");
}

TEST_CASE("check --department shows one department's findings", "[cli][check]")
{
    const auto r = test::runCli({"check", Example, "--json", "--department", "logistics", "--today", "2026-11-01"});
    const QJsonArray findings = QJsonDocument::fromJson(r.out.toUtf8()).object().value("findings").toArray();
    REQUIRE(findings.size() >= 3); // no accountable person, a stale review, the loop
    for (const QJsonValue &v : findings)
        CHECK(v.toObject().value("departments").toArray().contains("Logistics"));
    CHECK(r.exitCode == 0); // Logistics has warnings, no errors
}

TEST_CASE("check names the known departments when given an unknown one", "[cli][check]")
{
    const auto r = test::runCli({"check", Example, "--department", "Legal"});
    CHECK(r.exitCode == 12);
    CHECK(r.out.isEmpty());
    CHECK(r.err.trimmed().count('\n') == 0);
    CHECK(r.err.contains("'Legal'"));
    CHECK(r.err.contains("Marketing, Sales, Field engineering, Billing, Customer support, IT & network, Logistics"));
}

TEST_CASE("check's exit code follows --fail-on", "[cli][check]")
{
    test::Scratch scratch;
    JourneyMap map = test::smallMap(); // an unowned card (error) and more
    const auto [failOn, withError, expected] = GENERATE(table<const char *, bool, int>({
        {"error", true, 1},
        {"error", false, 0},
        {"warning", false, 1},
        {"info", false, 1},
    }));
    CAPTURE(failOn, withError);
    if (!withError)
        for (Touchpoint &t : map.touchpoints)
            if (laneNeedsOwner(map.lane(t.lane)->kind))
                t.owner = map.owners[0].id;
    const QString path = scratch.path("map.journey");
    test::createDocument(scratch, map);
    const auto r = test::runCli({"check", path, "--fail-on", failOn});
    INFO(r.out.toStdString());
    CHECK(r.exitCode == expected);
}

TEST_CASE("check refuses bad options and bad files", "[cli][check]")
{
    test::Scratch scratch;
    CHECK(test::runCli({"check", Example, "--fail-on", "fatal"}).exitCode == 12);
    CHECK(test::runCli({"check", Example, "--today", "1 Nov 2026"}).exitCode == 12);
    CHECK(test::runCli({"check"}).exitCode == 2);
    CHECK(test::runCli({"check", scratch.path("missing.journey")}).exitCode == 3);
    test::writeBytes(scratch.path("empty.journey"), "");
    CHECK(test::runCli({"check", scratch.path("empty.journey")}).exitCode == 4);
}
