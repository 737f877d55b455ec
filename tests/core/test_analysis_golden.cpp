// The findings of the bundled example map against a list reviewed by hand.
// After a deliberate change, regenerate with STAGECRAFT_UPDATE_GOLDEN=1 and
// review the diff line by line.
#include "analysis/analysis.h"
#include "interchange/journeyjson.h"
#include "support/testsupport.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {

QString goldenLine(const Finding &f)
{
    QString line = severityName(f.severity) + QLatin1Char(' ') + f.rule + QLatin1Char(' ') +
                   f.elements.join(QLatin1Char(',')) + QLatin1String(" | ") + f.message();
    if (!f.suggestedOwnerName.isEmpty())
        line += QLatin1String(" | suggested owner: ") + f.suggestedOwnerName;
    return line;
}

JourneyMap example()
{
    const ImportResult read = readJourneyJson(test::readBytes(test::sourcePath("resources/examples/broadband.json")));
    INFO(read.error.toStdString());
    REQUIRE(read.map);
    return *read.map;
}

} // namespace

TEST_CASE("the example map's findings match the reviewed list", "[analysis][golden]")
{
    AnalysisOptions options;
    options.today = QDate(2026, 11, 1);
    const AnalysisResult result = analyze(example(), options);

    QStringList lines;
    for (const Finding &f : result.findings)
        lines.append(goldenLine(f));
    const QString actual = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    const QString goldenPath = test::sourcePath("tests/data/golden/broadband-findings.txt");
    if (qEnvironmentVariableIsSet("STAGECRAFT_UPDATE_GOLDEN"))
        test::writeBytes(goldenPath, actual.toUtf8());
    const QStringList expected = QString::fromUtf8(test::readBytes(goldenPath)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Line by line, so a failure names the finding that changed.
    for (qsizetype i = 0; i < std::max(lines.size(), expected.size()); ++i) {
        INFO("finding " << i + 1);
        CHECK(lines.value(i).toStdString() == expected.value(i).toStdString());
    }
}

TEST_CASE("the example map's planted problems are all found", "[analysis][golden]")
{
    AnalysisOptions options;
    options.today = QDate(2026, 11, 1);
    const AnalysisResult result = analyze(example(), options);
    auto has = [&](const char *rule, const QStringList &elements) {
        return std::any_of(result.findings.begin(), result.findings.end(), [&](const Finding &f) {
            return f.rule == QLatin1String(rule) &&
                   std::all_of(elements.begin(), elements.end(), [&](const QString &e) { return f.elements.contains(e); });
        });
    };
    auto countOf = [&](const char *rule) {
        return std::count_if(result.findings.begin(), result.findings.end(),
                             [&](const Finding &f) { return f.rule == QLatin1String(rule); });
    };
    CHECK(has("unowned-pain-point", {"t33"}));
    CHECK(has("unowned-touchpoint", {"t40"}));
    CHECK(has("unowned-touchpoint", {"t53"}));
    CHECK(countOf("unowned-touchpoint") + countOf("unowned-pain-point") == 3);
    CHECK(has("broken-accountability-chain", {"t38", "t40"}));
    CHECK(has("slow-handoff", {"t16", "t24"}));
    CHECK(has("handoff-without-agreed-time", {"t44", "t54"}));
    CHECK(countOf("handoff-without-agreed-time") == 1);
    CHECK(has("loop", {"t59", "t63", "t64"}));
    CHECK(countOf("loop") == 1);
    CHECK(has("unsupported-front-stage", {"t32"}));
    CHECK(countOf("unsupported-front-stage") == 1);
    CHECK(has("orphan-back-stage", {"t46"}));
    CHECK(countOf("orphan-back-stage") == 1);
    CHECK(has("unmeasured-stage", {"s11"}));
    CHECK(has("stage-without-customer-step", {"s5"}));
    CHECK(has("stale-review", {"t19"}));
    CHECK(has("stale-review", {"t29"}));
    CHECK(has("stale-review", {"t56"}));
    CHECK(countOf("stale-review") == 3);
    CHECK(has("no-accountable-person", {"o7"}));
    CHECK(countOf("slow-path") == 1);
    CHECK(result.count(Severity::Error) == 4);
}

TEST_CASE("the slow path badges only the cards where its time goes", "[analysis][golden]")
{
    const JourneyMap map = example();
    AnalysisOptions options;
    options.today = QDate(2026, 11, 1);
    const AnalysisResult result = analyze(map, options);
    const auto slow = std::find_if(result.findings.begin(), result.findings.end(),
                                   [](const Finding &f) { return f.rule == QLatin1String("slow-path"); });
    REQUIRE(slow != result.findings.end());
    CHECK(slow->elements.size() > 10); // the whole path is named
    REQUIRE(slow->touchpoints.size() == 2);
    // "Weighs up renewing or leaving" (7 d) and the repair visit wait (5 d).
    CHECK(map.touchpoint(slow->touchpoints[0])->title == QStringLiteral("Weighs up renewing or leaving"));
    CHECK_FALSE(result.worstOn(map.touchpointByKey(QStringLiteral("t1"))->id).has_value());
}
