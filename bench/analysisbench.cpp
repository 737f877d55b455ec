// The full analysis (graph build and every rule) on the generated maps, and
// on the random worst case (owners and link targets drawn at random).
#include "analysis/analysis.h"
#include "benchrun.h"
#include "mapgenerator.h"

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
