// The full analysis (graph build and every rule) on the generated maps.
#include "analysis/analysis.h"
#include "benchrun.h"

namespace stagecraft::bench {

namespace {

void measureAnalysis(BenchRun &run)
{
    AnalysisOptions options;
    options.today = QDate(2026, 11, 1); // the same stale reviews on every run
    size_t findings = 0;
    const double ms = BenchRun::medianMs(run.size() >= 10000 ? 11 : 31,
                                         [&] { findings = analyze(run.map(), options).findings.size(); });
    const QString target = run.size() == 1000 ? QStringLiteral("< 2") : run.size() == 10000 ? QStringLiteral("< 20")
                                                                                            : QString();
    run.report(QStringLiteral("analysis: all rules (ms)"), ms, target);
    run.report(QStringLiteral("analysis: findings"), double(findings));
}

const Registration registration("3-analysis", measureAnalysis);

} // namespace

} // namespace stagecraft::bench
