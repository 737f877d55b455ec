// The full analysis (graph build and every rule) on the generated maps, and
// on the random worst case (owners and link targets drawn at random).
#include "analysis/analysis.h"
#include "analysis/analysiscache.h"
#include "benchrun.h"
#include "mapgenerator.h"

#include <QMap>

namespace stagecraft::bench {

namespace {

void measureAnalysis(BenchRun &run)
{
    AnalysisOptions options;
    options.today = QDate(2026, 11, 1); // the same stale reviews on every run
    const int repeats = run.size() >= 10000 ? 11 : 31;
    size_t findings = 0;
    const double ms = BenchRun::medianMs(repeats, [&] { findings = analyze(run.map(), options).findings.size(); });
    const QString target = run.size() == 1000 ? QStringLiteral("< 2") : run.size() == 10000 ? QStringLiteral("< 20")
                                                                                            : QString();
    run.report(QStringLiteral("analysis: all rules (ms)"), ms, target);
    run.report(QStringLiteral("analysis: findings"), double(findings));
    if (qEnvironmentVariableIsSet("STAGECRAFT_BENCH_RULES")) { // findings per rule, for docs/performance.md
        QMap<QString, int> perRule;
        for (const Finding &f : analyze(run.map(), options).findings)
            ++perRule[f.rule];
        for (auto it = perRule.cbegin(); it != perRule.cend(); ++it)
            qInfo("%d cards: %s %d", run.size(), qPrintable(it.key()), it.value());
    }

    // What the editor runs after a card is moved to the next stage: only
    // the rules that read where cards are, on the graph kept from before.
    JourneyMap moved = run.map();
    AnalysisCache cache;
    cache.update(moved, {}, options);
    int next = 0;
    const double moveMs = BenchRun::medianMs(repeats, [&] {
        const Touchpoint &t = moved.touchpoints[size_t((next++ * 37) % moved.touchpoints.size())];
        const TouchpointId id = t.id;
        const StageId stage = moved.stages[size_t((moved.stageIndex(t.stage) + 1) % int(moved.stages.size()))].id;
        moved.moveTouchpoint(id, stage, t.lane, 0);
        ChangeEvent event;
        event.parts = ChangeEvent::Touchpoints;
        event.touchpoints = {id};
        findings = cache.update(moved, event, options).findings.size();
    });
    run.report(QStringLiteral("analysis after moving one card (ms)"), moveMs);

    const JourneyMap random = generateMap(run.size(), MapShape::Random);
    size_t randomFindings = 0;
    const double randomMs =
        BenchRun::medianMs(repeats, [&] { randomFindings = analyze(random, options).findings.size(); });
    run.report(QStringLiteral("analysis, random map worst case (ms)"), randomMs);
    run.report(QStringLiteral("analysis, random map worst case: findings"), double(randomFindings));
}

const Registration registration("3-analysis", measureAnalysis);

} // namespace

} // namespace stagecraft::bench
