// The runner keeps the findings of an open document current.
#include "analysis/analysisrunner.h"
#include "commands/edit.h"
#include "support/testsupport.h"

#include <QCoreApplication>
#include <catch2/catch.hpp>

using namespace stagecraft;

namespace {
// Counts a signal's emissions (QSignalSpy is in QtTest, which the headless
// suite does not link).
struct Spy {
    int n = 0;
    explicit Spy(AnalysisRunner *runner) { QObject::connect(runner, &AnalysisRunner::resultChanged, [this] { ++n; }); }
    int count() const { return n; }
};

int countRule(const AnalysisResult &r, const char *rule)
{
    return int(std::count_if(r.findings.begin(), r.findings.end(), [&](const Finding &f) { return f.rule == rule; }));
}
} // namespace

TEST_CASE("the runner analyses at once and again after edits, once per burst", "[analysis][runner]")
{
    test::Scratch scratch;
    auto doc = test::createDocument(scratch, test::smallMap());
    AnalysisRunner runner(doc.get());
    // smallMap: 'Install call' (t5, on-stage) has no owner.
    CHECK(countRule(runner.result(), "unowned-touchpoint") == 1);

    Spy spy(&runner);
    const TouchpointId t5 = doc->map().touchpointByKey("t5")->id;
    REQUIRE(edit::assignOwner(*doc, {t5}, doc->map().owners[0].id));
    const TouchpointId added = edit::addTouchpoint(*doc, doc->map().stages[0].id, doc->map().lanes[3].id, 0, "New");
    REQUIRE(added.isValid());
    // Not yet: the run waits for the event loop, and both edits make one run.
    CHECK(spy.count() == 0);
    CHECK(countRule(runner.result(), "unowned-touchpoint") == 1);
    QCoreApplication::processEvents();
    CHECK(spy.count() == 1);
    REQUIRE(countRule(runner.result(), "unowned-touchpoint") == 1);
    CHECK(runner.result().worstOn(added) == Severity::Error);
    CHECK(runner.result().worstOn(t5) != Severity::Error);

    doc->undoStack()->undo(); // the new card goes again
    QCoreApplication::processEvents();
    CHECK(spy.count() == 2);
    CHECK(countRule(runner.result(), "unowned-touchpoint") == 0);
    CHECK(runner.result().forTouchpoint(added).empty());
}

TEST_CASE("the runner signals only when the findings change", "[analysis][runner]")
{
    test::Scratch scratch;
    auto doc = test::createDocument(scratch, test::smallMap());
    AnalysisRunner runner(doc.get());
    Spy spy(&runner);
    MapInfo info = doc->map().info;
    info.description = QStringLiteral("A new description changes no finding");
    REQUIRE(edit::changeMapInfo(*doc, info));
    QCoreApplication::processEvents();
    CHECK(spy.count() == 0);
    runner.runNow();
    CHECK(spy.count() == 0);
}

TEST_CASE("the runner counts stale reviews from the day it is given", "[analysis][runner]")
{
    test::Scratch scratch;
    auto doc = test::createDocument(scratch, test::smallMap()); // t4 reviewed 2024-03-01
    AnalysisRunner runner(doc.get());
    Spy spy(&runner);
    runner.setToday(QDate(2025, 1, 1));
    CHECK(countRule(runner.result(), "stale-review") == 0);
    runner.setToday(QDate(2026, 1, 1));
    CHECK(countRule(runner.result(), "stale-review") == 1);
    CHECK(spy.count() >= 1);
    CHECK(runner.today() == QDate(2026, 1, 1));
}

TEST_CASE("a finding's key ignores its words, and the changed cards are those whose findings came or went", "[analysis][runner]")
{
    AnalysisOptions options;
    options.today = QDate(2026, 11, 1);
    JourneyMap map = test::smallMap(); // t5 has no owner
    const AnalysisResult before = analyze(map, options);
    const auto t5 = size_t(map.touchpointIndex(TouchpointId(5)));

    map.touchpoints[t5].title = QStringLiteral("Install call, renamed");
    const AnalysisResult renamed = analyze(map, options);
    REQUIRE(renamed.findings.size() == before.findings.size());
    bool wordsChanged = false;
    for (size_t i = 0; i < before.findings.size(); ++i) {
        CHECK(renamed.findings[i].key() == before.findings[i].key());
        wordsChanged |= renamed.findings[i].message() != before.findings[i].message();
    }
    CHECK(wordsChanged);
    CHECK_FALSE(renamed.findings == before.findings); // the runner still reports new words
    CHECK(cardsWithChangedFindings(before, renamed).isEmpty());

    map.touchpoints[t5].owner = map.owners[0].id;
    const AnalysisResult owned = analyze(map, options);
    const QList<TouchpointId> changed = cardsWithChangedFindings(before, owned);
    CHECK(changed.contains(TouchpointId(5)));
    for (TouchpointId id : changed) // each changed card gained or lost a finding
        CHECK(before.forTouchpoint(id).size() + owned.forTouchpoint(id).size() > 0);
}

TEST_CASE("the runner names the same changed cards from its kept keys as a comparison of the results", "[analysis][runner]")
{
    test::Scratch scratch;
    auto doc = test::createDocument(scratch, test::smallMap());
    AnalysisRunner runner(doc.get());
    Spy spy(&runner);
    const TouchpointId t5 = doc->map().touchpointByKey("t5")->id;

    // Only the words change (t5 has no owner, and its finding names it):
    // the same keys, and still a new result.
    const AnalysisResult first = runner.result();
    Touchpoint renamed = *doc->map().touchpoint(t5);
    renamed.title = QStringLiteral("Install call, renamed");
    REQUIRE(edit::changeTouchpoint(*doc, renamed));
    QCoreApplication::processEvents();
    CHECK(spy.count() == 1);
    CHECK(runner.changedCards().isEmpty());
    CHECK_FALSE(runner.result().findings == first.findings);

    const AnalysisResult second = runner.result();
    REQUIRE(edit::assignOwner(*doc, {t5}, doc->map().owners[0].id));
    QCoreApplication::processEvents();
    REQUIRE(spy.count() == 2);
    CHECK(runner.changedCards().contains(t5));
    CHECK(runner.changedCards() == cardsWithChangedFindings(second, runner.result()));
}
