// Findings by department and by card.
#include "analysismaps.h"

#include <catch2/catch.hpp>

using namespace stagecraft;
using test::AnalysisMap;

TEST_CASE("a department sees its own findings and the unowned cards next to it", "[analysis][departments]")
{
    AnalysisMap m;
    m.card("s", "back-stage", "Sales");
    m.card("o", "front-stage", "Operations");
    m.card("u", "back-stage"); // unowned, linked with Sales only
    m.link("u", "s", LinkKind::Handoff, test::days(1));
    m.link("s", "o", LinkKind::Supports); // crosses departments, no agreed time
    const AnalysisResult r = m.analyze();

    auto rules = [](const std::vector<Finding> &fs) {
        QStringList out;
        for (const Finding &f : fs)
            out.append(f.rule + ':' + f.elements.first());
        return out;
    };
    const QStringList sales = rules(r.forDepartment("Sales"));
    const QStringList operations = rules(r.forDepartment("Operations"));
    CHECK(sales.contains("unowned-touchpoint:u"));
    CHECK_FALSE(operations.contains("unowned-touchpoint:u"));
    CHECK(sales.contains("handoff-without-agreed-time:s"));
    CHECK(operations.contains("handoff-without-agreed-time:s"));
    CHECK(sales.contains("broken-accountability-chain:s"));
    CHECK(operations.contains("broken-accountability-chain:o")); // o depends on u through s
    CHECK(r.forDepartment("Logistics").empty());
    CHECK(r.forDepartment("sales").empty()); // names are exact; the CLI matches loosely
    for (const Finding &f : r.forDepartment("Sales"))
        CHECK(f.departments.contains("Sales"));
}

TEST_CASE("badges: a card's findings, worst first", "[analysis][departments]")
{
    AnalysisMap m;
    m.card("u", "back-stage");
    m.card("f", "front-stage", "Sales");
    m["f"].lastReviewed = QDate(2020, 1, 1);
    m.link("u", "f", LinkKind::Supports);
    const AnalysisResult r = m.analyze();
    const TouchpointId f = m["f"].id;
    const auto on = r.forTouchpoint(f);
    REQUIRE(on.size() == 2); // broken chain (error), stale review (warning)
    CHECK(on.front()->rule == "broken-accountability-chain");
    CHECK(r.worstOn(f) == Severity::Error);
    m.card("x", "customer");
    CHECK_FALSE(m.analyze().worstOn(m["x"].id));

    // The index follows a replaced list of findings.
    AnalysisResult copy = r;
    CHECK(copy.worstOn(f) == Severity::Error);
    copy.findings.clear();
    CHECK_FALSE(copy.worstOn(f));
}

TEST_CASE("findings come worst first, then left to right", "[analysis][order]")
{
    AnalysisMap m;
    m.card("late", "back-stage", {}, "s3");
    m.card("early", "back-stage", {}, "s1");
    m.card("warn", "front-stage", "Sales", "s1");
    const auto findings = m.analyze().findings;
    REQUIRE(findings.size() >= 3);
    CHECK(findings[0].elements.first() == "early");
    CHECK(findings[1].elements.first() == "late");
    for (size_t i = 1; i < findings.size(); ++i)
        CHECK(int(findings[i - 1].severity) <= int(findings[i].severity));
}
