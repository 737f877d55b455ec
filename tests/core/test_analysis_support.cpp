// unsupported-front-stage, orphan-back-stage, broken-accountability-chain
#include "analysismaps.h"

#include <catch2/catch.hpp>

using namespace stagecraft;
using test::AnalysisMap;

TEST_CASE("a front-stage card needs back-stage support, directly or through a chain", "[analysis][unsupported]")
{
    AnalysisMap m;
    m.card("f", "front-stage", "Sales");
    SECTION("nothing behind it") { CHECK(m.findings("unsupported-front-stage").size() == 1); }
    SECTION("a back-stage process supports it")
    {
        m.card("b", "back-stage", "Operations");
        m.link("b", "f", LinkKind::Supports);
        CHECK(m.findings("unsupported-front-stage").empty());
    }
    SECTION("a support system supports it through an on-stage step")
    {
        m.card("o", "on-stage", "Sales");
        m.card("s", "support", "Operations");
        m.link("s", "o", LinkKind::Supports);
        m.link("o", "f", LinkKind::Supports);
        CHECK(m.findings("unsupported-front-stage").empty());
    }
    SECTION("only on-stage support is not enough")
    {
        m.card("o", "on-stage", "Sales");
        m.link("o", "f", LinkKind::Supports);
        CHECK(m.findings("unsupported-front-stage").size() == 1);
    }
    SECTION("a flow or hand-off from back-stage is not support")
    {
        m.card("b", "back-stage", "Operations");
        m.link("b", "f", GENERATE(LinkKind::Flow, LinkKind::Handoff));
        const auto found = m.findings("unsupported-front-stage");
        REQUIRE(found.size() == 1);
        CHECK(found[0].elements == QStringList{"f"});
        CHECK(found[0].departments == QStringList{"Sales"});
    }
}

TEST_CASE("back-stage work must lead to something the customer sees", "[analysis][orphan]")
{
    AnalysisMap m;
    const char *lane = GENERATE("back-stage", "support");
    m.card("b", lane, "Operations");
    SECTION("linked to nothing") { CHECK(m.findings("orphan-back-stage").size() == 1); }
    SECTION("supports a front-stage card")
    {
        m.card("f", "front-stage", "Sales");
        m.link("b", "f", LinkKind::Supports);
        CHECK(m.findings("orphan-back-stage").empty());
    }
    SECTION("reaches a customer step through a hand-off and an on-stage card")
    {
        m.card("o", "on-stage", "Sales");
        m.card("c", "customer");
        m.link("b", "o", LinkKind::Handoff);
        m.link("o", "c", LinkKind::Flow);
        CHECK(m.findings("orphan-back-stage").empty());
    }
    SECTION("is only reached from the front: links point the other way")
    {
        m.card("f", "front-stage", "Sales");
        m.link("f", "b", LinkKind::Handoff);
        CHECK(m.findings("orphan-back-stage").size() == 1);
    }
    SECTION("leads only to other back-stage work")
    {
        m.card("b2", "back-stage", "Operations");
        m.link("b", "b2", LinkKind::Supports);
        CHECK(m.findings("orphan-back-stage").size() == 2);
    }
}

TEST_CASE("an owned card that depends on an unowned one has a broken chain", "[analysis][chain]")
{
    AnalysisMap m;
    m.card("u", "back-stage");
    m.card("f", "front-stage", "Sales");
    SECTION("directly, through supports")
    {
        m.link("u", "f", LinkKind::Supports);
        const auto found = m.findings("broken-accountability-chain");
        REQUIRE(found.size() == 1);
        CHECK(found[0].severity == Severity::Error);
        CHECK(found[0].elements == QStringList{"f", "u", "k1"});
        CHECK(found[0].departments == QStringList{"Sales"});
        CHECK(found[0].message() == "'Card f' (Sales) depends on 'Card u', which has no owner");
    }
    SECTION("through a chain of supports and hand-offs over owned cards")
    {
        m.card("a", "back-stage", "Operations");
        m.card("b", "on-stage", "Logistics");
        m.link("u", "a", LinkKind::Supports);
        m.link("a", "b", LinkKind::Handoff);
        m.link("b", "f", LinkKind::Supports);
        const auto found = m.findings("broken-accountability-chain");
        REQUIRE(found.size() == 3); // a, b and f all depend on u
        const auto f = std::find_if(found.begin(), found.end(), [](const Finding &x) { return x.elements.first() == "f"; });
        REQUIRE(f != found.end());
        CHECK(f->elements.mid(0, 4) == QStringList{"f", "b", "a", "u"});
        CHECK(f->departments == QStringList{"Sales", "Operations", "Logistics"});
        CHECK(f->message() == "'Card f' (Sales) depends, through 'Card b' and one other card, on 'Card u', which has no owner");
    }
    SECTION("a flow link is not a dependency")
    {
        m.link("u", "f", LinkKind::Flow);
        CHECK(m.findings("broken-accountability-chain").empty());
    }
    SECTION("what the owned card supports does not break its chain")
    {
        m.link("f", "u", LinkKind::Supports);
        CHECK(m.findings("broken-accountability-chain").empty());
    }
    SECTION("an unowned customer step is no break")
    {
        m.card("c", "customer");
        m.link("c", "f", LinkKind::Handoff);
        CHECK(m.findings("broken-accountability-chain").empty());
    }
}
