// unowned-touchpoint, unowned-pain-point, no-accountable-person, owner suggestions
#include "analysismaps.h"

#include <catch2/catch.hpp>

using namespace stagecraft;
using test::AnalysisMap;

TEST_CASE("cards without an owner are flagged, except the customer's own steps", "[analysis][unowned]")
{
    // lane kind, flagged?
    const auto [lane, flagged] = GENERATE(table<const char *, bool>({{"customer", false},
                                                                     {"notes", false},
                                                                     {"front-stage", true},
                                                                     {"on-stage", true},
                                                                     {"back-stage", true},
                                                                     {"support", true},
                                                                     {"evidence", true}}));
    CAPTURE(lane);
    AnalysisMap m;
    m.card("t1", lane);
    const auto found = m.findings("unowned-touchpoint");
    REQUIRE(found.size() == (flagged ? 1u : 0u));
    if (flagged) {
        CHECK(found[0].severity == Severity::Error);
        CHECK(found[0].elements == QStringList{"t1"});
        CHECK(found[0].touchpoints == QList<TouchpointId>{m["t1"].id});
        CHECK(found[0].message() == "'Card t1' in stage Stage 1 has no owner");
    }
}

TEST_CASE("an owned card is not flagged unowned", "[analysis][unowned]")
{
    AnalysisMap m;
    m.card("t1", "back-stage", "Sales");
    CHECK(m.findings("unowned-touchpoint").empty());
    CHECK(m.findings("unowned-pain-point").empty());
}

TEST_CASE("an unowned pain point is one error of its own", "[analysis][unowned]")
{
    AnalysisMap m;
    m.card("t1", "on-stage");
    m["t1"].pain = true;
    m.card("t2", "customer"); // the customer's pain is theirs to feel, not to own
    m["t2"].pain = true;
    const auto found = m.findings("unowned-pain-point");
    REQUIRE(found.size() == 1);
    CHECK(found[0].elements == QStringList{"t1"});
    CHECK(found[0].severity == Severity::Error);
    CHECK(found[0].message().contains("pain point"));
    CHECK(m.findings("unowned-touchpoint").empty());
}

TEST_CASE("the suggested owner is the most linked one, ties broken by link kind", "[analysis][unowned][suggest]")
{
    AnalysisMap m;
    m.card("u", "back-stage");
    SECTION("most links win over a better kind")
    {
        m.card("a", "front-stage", "Sales");
        m.card("b", "front-stage", "Sales");
        m.card("c", "back-stage", "Operations");
        m.link("u", "a", LinkKind::Flow);
        m.link("b", "u", LinkKind::Flow);
        m.link("c", "u", LinkKind::Supports);
        CHECK(m.findings("unowned-touchpoint").at(0).suggestedOwnerName == "Sales");
    }
    SECTION("supports beats handoff beats flow")
    {
        const auto [first, second, winner] = GENERATE(table<LinkKind, LinkKind, const char *>(
            {{LinkKind::Flow, LinkKind::Supports, "Operations"},
             {LinkKind::Supports, LinkKind::Flow, "Sales"},
             {LinkKind::Handoff, LinkKind::Flow, "Sales"},
             {LinkKind::Flow, LinkKind::Handoff, "Operations"},
             {LinkKind::Supports, LinkKind::Handoff, "Sales"},
             {LinkKind::Handoff, LinkKind::Supports, "Operations"}}));
        m.card("a", "front-stage", "Sales");
        m.card("b", "front-stage", "Operations");
        m.link("u", "a", first);
        m.link("u", "b", second);
        const auto f = m.findings("unowned-touchpoint").at(0);
        CHECK(f.suggestedOwnerName == winner);
        REQUIRE(f.suggestedOwner);
        CHECK(m.map.owner(*f.suggestedOwner)->name == winner);
    }
    SECTION("no owned neighbour, no suggestion")
    {
        m.card("c", "customer");
        m.link("c", "u");
        const auto f = m.findings("unowned-touchpoint").at(0);
        CHECK_FALSE(f.suggestedOwner);
        CHECK(f.suggestedOwnerName.isEmpty());
    }
}

TEST_CASE("a suggestion is never written into the map", "[analysis][suggest]")
{
    AnalysisMap m;
    m.card("u", "back-stage");
    m.card("a", "front-stage", "Sales");
    m.link("u", "a", LinkKind::Supports);
    const JourneyMap before = m.map;
    CHECK(m.findings("unowned-touchpoint").at(0).suggestedOwnerName == "Sales");
    CHECK(m.map == before);
    CHECK_FALSE(m["u"].owner);
}

TEST_CASE("a department with cards but nobody accountable is flagged once", "[analysis][accountable]")
{
    AnalysisMap m;
    m.map.owners[2].accountable.clear(); // Logistics
    m.map.owners[3].accountable = "  ";  // Billing, blank counts as nobody
    m.card("t1", "back-stage", "Logistics");
    m.card("t2", "front-stage", "Logistics");
    m.card("t3", "front-stage", "Sales");
    const auto found = m.findings("no-accountable-person");
    REQUIRE(found.size() == 1); // Billing owns no card
    CHECK(found[0].severity == Severity::Warning);
    CHECK(found[0].elements == QStringList{"o3", "t1", "t2"});
    CHECK(found[0].departments == QStringList{"Logistics"});
    CHECK(found[0].message() == "Logistics owns 2 touchpoints, but no one person is accountable for them");
}
