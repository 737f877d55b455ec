// handoff-without-agreed-time, slow-handoff, loop, slow-path
#include "analysismaps.h"

#include <catch2/catch.hpp>

using namespace stagecraft;
using test::AnalysisMap;
using test::days;
using test::hours;

TEST_CASE("a link between two departments needs an agreed time", "[analysis][handoff]")
{
    AnalysisMap m;
    m.card("a", "back-stage", "Sales");
    m.card("b", "back-stage", "Operations");
    m.card("c", "back-stage", "Sales");
    m.card("u", "back-stage");
    const LinkKind kind = GENERATE(LinkKind::Flow, LinkKind::Supports, LinkKind::Handoff);
    SECTION("across departments without a time")
    {
        m.link("a", "b", kind);
        const auto found = m.findings("handoff-without-agreed-time");
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == Severity::Warning);
        CHECK(found[0].elements == QStringList{"a", "b", "k1"});
        CHECK(found[0].links == QList<LinkId>{LinkId(1)});
        CHECK(found[0].departments == QStringList{"Sales", "Operations"});
        CHECK(found[0].message() == "The hand-off from 'Card a' (Sales) to 'Card b' (Operations) has no agreed time");
    }
    SECTION("across departments with a time")
    {
        m.link("a", "b", kind, hours(4));
        CHECK(m.findings("handoff-without-agreed-time").empty());
    }
    SECTION("within one department")
    {
        m.link("a", "c", kind);
        CHECK(m.findings("handoff-without-agreed-time").empty());
    }
    SECTION("to an unowned card: its own finding says so")
    {
        m.link("a", "u", kind);
        CHECK(m.findings("handoff-without-agreed-time").empty());
    }
}

TEST_CASE("a hand-off that waits longer than agreed is slow", "[analysis][handoff]")
{
    AnalysisMap m;
    m.card("a", "back-stage", "Sales");
    m.card("b", "back-stage", "Operations");
    const auto [agreed, wait, slow] = GENERATE(table<double, double, bool>({{2, 9, true}, {2, 2, false}, {2, 1, false}}));
    m.link("a", "b", LinkKind::Handoff, days(agreed), days(wait));
    const auto found = m.findings("slow-handoff");
    REQUIRE(found.size() == (slow ? 1u : 0u));
    if (slow)
        CHECK(found[0].message() == "The hand-off from 'Card a' (Sales) to 'Card b' (Operations) waits 9 d, against an agreed 2 d");
}

TEST_CASE("a three-department hand-off cycle is one loop naming all three", "[analysis][loop]")
{
    AnalysisMap m;
    m.card("a", "on-stage", "Sales", "s1");
    m.card("b", "on-stage", "Operations", "s2");
    m.card("c", "back-stage", "Logistics", "s3");
    m.card("d", "back-stage", "Billing", "s3"); // on the way out, not in the loop
    m.link("a", "b", LinkKind::Handoff, days(1));
    m.link("b", "c", LinkKind::Handoff, days(1));
    m.link("c", "a", LinkKind::Handoff, days(1));
    m.link("c", "d", LinkKind::Handoff, days(1));
    const auto found = m.findings("loop");
    REQUIRE(found.size() == 1);
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].elements.mid(0, 3) == QStringList{"a", "b", "c"});
    CHECK(found[0].touchpoints.size() == 3);
    CHECK(found[0].links.size() == 3);
    CHECK(found[0].departments == QStringList{"Sales", "Operations", "Logistics"});
    CHECK(found[0].message() == "Work goes round in a loop between Sales, Operations and Logistics: "
                              "'Card a' → 'Card b' → 'Card c' → back to 'Card a'");
}

TEST_CASE("loops follow the work, not support", "[analysis][loop]")
{
    AnalysisMap m;
    m.card("a", "back-stage", "Sales");
    m.card("b", "back-stage", "Sales");
    SECTION("rework within one department")
    {
        m.link("a", "b", LinkKind::Flow);
        m.link("b", "a", LinkKind::Handoff);
        const auto found = m.findings("loop");
        REQUIRE(found.size() == 1);
        CHECK(found[0].message().startsWith("Work goes round in a loop within Sales: "));
    }
    SECTION("two processes that support each other")
    {
        m.link("a", "b", LinkKind::Supports);
        m.link("b", "a", LinkKind::Supports);
        CHECK(m.findings("loop").empty());
    }
    SECTION("no way back")
    {
        m.link("a", "b", LinkKind::Flow);
        CHECK(m.findings("loop").empty());
    }
}

TEST_CASE("the slow path sums times along the slowest branch", "[analysis][slowpath]")
{
    // a(1d) ─flow─► b(1d) ─flow, wait 3d─► d(1d)
    //   └──flow──► c(4d) ─handoff──────────┘        a→b→d: 6 d, a→c→d: 6 d + 1 h
    AnalysisMap m;
    m.card("a", "customer", {}, "s1");
    m.card("b", "front-stage", "Sales", "s2");
    m.card("c", "back-stage", "Operations", "s2");
    m.card("d", "customer", {}, "s3");
    m.card("x", "back-stage", "Operations", "s1"); // supports: not on the path
    m["a"].processingTime = days(1);
    m["b"].processingTime = days(1);
    m["c"].processingTime = days(4) ;
    m["d"].processingTime = days(1);
    m["x"].processingTime = days(30);
    m.link("a", "b");
    m.link("b", "d", LinkKind::Flow, {}, days(3));
    m.link("a", "c");
    m.link("c", "d", LinkKind::Handoff, days(1), hours(1));
    m.link("x", "a", LinkKind::Supports);

    SECTION("no target: information")
    {
        const auto found = m.findings("slow-path");
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == Severity::Info);
        CHECK(found[0].elements == QStringList{"a", "c", "d", "k3", "k4"});
        CHECK(found[0].message().startsWith("The slowest path through the journey takes 6 d 1 h: 3 steps from 'Card a' "
                                          "to 'Card d'; the longest: 'Card c' (4 d) and "));
    }
    SECTION("over the target: a warning")
    {
        m.map.info.settings.targetTime = days(5);
        const auto found = m.findings("slow-path");
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == Severity::Warning);
        CHECK(found[0].message().startsWith("The slowest path through the journey takes 6 d 1 h, 1 d 1 h over the 5 d target"));
    }
    SECTION("within the target: information")
    {
        m.map.info.settings.targetTime = days(7);
        const auto found = m.findings("slow-path");
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == Severity::Info);
        CHECK(found[0].message().contains("within the 7 d target"));
    }
    SECTION("the other branch slows down")
    {
        m["b"].processingTime = days(2);
        CHECK(m.findings("slow-path").at(0).elements.mid(0, 3) == QStringList{"a", "b", "d"});
    }
}

TEST_CASE("a loop on the slow path counts once round", "[analysis][slowpath][loop]")
{
    AnalysisMap m;
    m.card("a", "front-stage", "Sales", "s1");
    m.card("b", "back-stage", "Operations", "s2");
    m.card("c", "back-stage", "Logistics", "s2");
    m.card("d", "front-stage", "Sales", "s3");
    for (const char *k : {"a", "b", "c", "d"})
        m[k].processingTime = days(1);
    m.link("a", "b", LinkKind::Handoff, days(1), days(1));
    m.link("b", "c", LinkKind::Handoff, days(1), days(2));
    m.link("c", "b", LinkKind::Handoff, days(1), days(3));
    m.link("c", "d", LinkKind::Handoff, days(1));
    const auto found = m.findings("slow-path");
    REQUIRE(found.size() == 1);
    // 4 cards of 1 d, the wait into the loop (1 d) and both waits inside it (5 d).
    CHECK(found[0].message().startsWith("The slowest path through the journey takes 10 d: 4 steps"));
    CHECK(found[0].elements.mid(0, 4) == QStringList{"a", "b", "c", "d"});
}

TEST_CASE("a map without times has no slow path", "[analysis][slowpath]")
{
    AnalysisMap m;
    m.card("a", "customer");
    m.card("b", "customer");
    m.link("a", "b");
    CHECK(m.findings("slow-path").empty());
}
