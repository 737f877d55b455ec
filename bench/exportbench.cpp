// PDF export of the generated maps against a peer: Graphviz `dot -Tpdf` laying
// out and drawing the same graph (cards as nodes clustered by lane, links as
// edges). dot is given at most a minute per size.
#include "analysis/analysis.h"
#include "benchrun.h"
#include "export/mapexport.h"
#include "export/mapprint.h"
#include "layout/maplayout.h"
#include "render/maprenderer.h"

#include <QImage>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

namespace stagecraft::bench {

namespace {

constexpr int DotTimeoutMs = 60'000;

QString quoted(QString text) { return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\\\"")) + QLatin1Char('"'); }

void writeDot(const JourneyMap &map, const QString &path)
{
    QFile file(path);
    file.open(QIODevice::WriteOnly | QIODevice::Truncate);
    QTextStream out(&file);
    out << "digraph map {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fillcolor=white, "
           "fontname=\"DejaVu Sans\", fontsize=10];\n";
    for (const Lane &lane : map.lanes) {
        out << "  subgraph cluster_" << lane.id.value << " {\n    label=" << quoted(lane.name) << ";\n";
        for (const Touchpoint &t : map.touchpoints)
            if (t.lane == lane.id)
                out << "    n" << t.id.value << " [label=" << quoted(t.title) << "];\n";
        out << "  }\n";
    }
    for (const Link &l : map.links)
        out << "  n" << l.from.value << " -> n" << l.to.value
            << (l.kind == LinkKind::Supports ? " [style=dashed]" : l.kind == LinkKind::Handoff ? " [color=orange]" : "")
            << ";\n";
    out << "}\n";
}

// Milliseconds of one dot run, or a negative number when it ran out of time.
double runDot(const QString &dot, const QString &in, const QString &out)
{
    QElapsedTimer timer;
    timer.start();
    QProcess p;
    p.start(dot, {QStringLiteral("-Tpdf"), in, QStringLiteral("-o"), out});
    if (!p.waitForFinished(DotTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    return p.exitCode() == 0 ? double(timer.nsecsElapsed()) / 1e6 : -2;
}

// A group of its own, so that a profiler can run it alone (STAGECRAFT_BENCH_ONLY=layout).
void measureLayout(BenchRun &run)
{
    const JourneyMap &map = run.map();
    run.report(QStringLiteral("layout (ms)"),
               BenchRun::medianMs(run.size() >= 10000 ? 5 : 9, [&] { MapLayout layout(map); }),
               run.size() == 10000 ? QStringLiteral("< 20") : QString());
}

void measureExport(BenchRun &run)
{
    const JourneyMap &map = run.map();
    const bool big = run.size() >= 10000;
    const AnalysisResult analysis = analyze(map);
    PaperOptions options;
    options.analysis = &analysis;
    options.fileName = QStringLiteral("bench.journey");
    const QString pdf = run.path(QStringLiteral("bench.pdf"));
    run.report(QStringLiteral("PDF export, fit + findings appendix (ms)"),
               BenchRun::medianMs(big ? 1 : 3, [&] { mapexport::pdf(map, options, pdf); }));
    // Like for like with dot, which draws the graph and nothing else.
    options.appendix = false;
    const double ours = BenchRun::medianMs(big ? 1 : 3, [&] { mapexport::pdf(map, options, pdf); });
    run.report(QStringLiteral("PDF export, the map page alone (ms)"), ours);
    // To look at what was measured: STAGECRAFT_BENCH_KEEP=/some/folder
    if (const QString keep = qEnvironmentVariable("STAGECRAFT_BENCH_KEEP"); !keep.isEmpty())
        QFile::copy(pdf, QDir(keep).filePath(QStringLiteral("bench-%1.pdf").arg(run.size())));
    options.appendix = true;
    run.report(QStringLiteral("  of which Stagecraft drawing code, no PDF (ms)"), BenchRun::medianMs(1, [&] {
                   QImage image(10, 10, QImage::Format_RGB32);
                   QPainter p(&image);
                   MapLayout layout(map, MapPrint::paperMetrics());
                   MapRenderer(map, layout, {&analysis, {}, {}, {}}).paintMap(p);
               }));
    options.tile = true;
    run.report(QStringLiteral("PDF export, tiled A3 poster (ms)"),
               BenchRun::medianMs(1, [&] { mapexport::pdf(map, options, pdf); }));

    const QString dot = QStandardPaths::findExecutable(QStringLiteral("dot"));
    if (dot.isEmpty()) {
        run.report(QStringLiteral("dot -Tpdf: not installed (apt-get install graphviz)"), 0);
        return;
    }
    const QString graph = run.path(QStringLiteral("bench.dot"));
    writeDot(map, graph);
    const double theirs = runDot(dot, graph, run.path(QStringLiteral("dot.pdf")));
    if (theirs < 0) {
        run.report(QStringLiteral("dot -Tpdf: stopped after (s), no result"), DotTimeoutMs / 1000.0);
        return;
    }
    run.report(QStringLiteral("dot -Tpdf, same graph (ms)"), theirs);
    run.report(QStringLiteral("dot / Stagecraft map PDF (times faster)"), theirs / ours,
               run.size() == 1000 ? QStringLiteral(">= 5") : QString());
}

// "export" in both names: STAGECRAFT_BENCH_ONLY=export runs the two.
const Registration layoutRegistration("3-export-layout", measureLayout);
const Registration pdfRegistration("3-export-pdf", measureExport);

} // namespace

} // namespace stagecraft::bench
