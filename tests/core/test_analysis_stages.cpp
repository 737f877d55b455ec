// stale-review, unmeasured-stage, stage-without-customer-step
#include "analysismaps.h"

#include <catch2/catch.hpp>

using namespace stagecraft;
using test::AnalysisMap;

TEST_CASE("a process last reviewed more than the threshold ago is stale", "[analysis][stale]")
{
    AnalysisMap m;
    m.card("t1", "back-stage", "Sales");
    const auto [reviewed, months, stale] = GENERATE(table<QDate, int, bool>({
        {QDate(2025, 5, 1), 18, false}, // exactly 18 months before 2026-11-01
        {QDate(2025, 4, 30), 18, true},
        {QDate(2024, 1, 1), 36, false},
        {QDate(2026, 4, 30), 6, true},
        {QDate(2020, 1, 1), 0, false}, // 0 turns the check off
    }));
    CAPTURE(reviewed, months);
    m["t1"].lastReviewed = reviewed;
    m.map.info.settings.staleAfterMonths = months;
    const auto found = m.findings("stale-review", QDate(2026, 11, 1));
    REQUIRE(found.size() == (stale ? 1u : 0u));
    if (stale) {
        CHECK(found[0].severity == Severity::Warning);
        CHECK(found[0].message().contains(reviewed.toString(Qt::ISODate)));
        CHECK(found[0].message().contains(QStringLiteral("more than %1 months ago").arg(months)));
    }
}

TEST_CASE("a card never reviewed is not called stale", "[analysis][stale]")
{
    AnalysisMap m;
    m.card("t1", "back-stage", "Sales");
    CHECK(m.findings("stale-review").empty());
}

TEST_CASE("a stage whose work has no processing time is unmeasured", "[analysis][unmeasured]")
{
    AnalysisMap m;
    m.card("c", "customer", {}, "s1");
    m.card("a", "front-stage", "Sales", "s1");
    m.card("b", "back-stage", "Operations", "s1");
    SECTION("nothing timed")
    {
        const auto found = m.findings("unmeasured-stage");
        REQUIRE(found.size() == 1);
        CHECK(found[0].elements == QStringList{"s1"});
        CHECK(found[0].severity == Severity::Info);
        CHECK(found[0].departments == QStringList{"Sales", "Operations"});
        CHECK(found[0].touchpoints.isEmpty());
    }
    SECTION("one process timed")
    {
        m["b"].processingTime = Duration{30};
        CHECK(m.findings("unmeasured-stage").empty());
    }
    SECTION("only the customer's own time does not measure the service")
    {
        m["c"].processingTime = Duration{30};
        CHECK(m.findings("unmeasured-stage").size() == 1);
    }
    SECTION("empty stages are not flagged")
    {
        CHECK(m.findings("unmeasured-stage").size() == 1); // s2 and s3 are empty
    }
}

TEST_CASE("a stage with work but no customer step is flagged", "[analysis][customerstep]")
{
    AnalysisMap m;
    m.card("a", "front-stage", "Sales", "s1");
    m.card("b", "back-stage", "Operations", "s2");
    m.card("c", "customer", {}, "s2");
    m.card("n", "notes", {}, "s3");
    SECTION("with a customer lane")
    {
        const auto found = m.findings("stage-without-customer-step");
        REQUIRE(found.size() == 1); // s1; s2 has its step, s3 only a note
        CHECK(found[0].elements == QStringList{"s1"});
        CHECK(found[0].message() == "Stage 'Stage 1' has work in it but no step by the customer");
    }
    SECTION("a map without a customer lane is not asked for one")
    {
        std::erase_if(m.map.touchpoints, [&](const Touchpoint &t) { return t.key == "c"; });
        std::erase_if(m.map.lanes, [](const Lane &l) { return l.kind == LaneKind::Customer; });
        CHECK(m.findings("stage-without-customer-step").empty());
    }
}
