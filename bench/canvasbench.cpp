// The editor's figures: open to first painted frame, and one edit (moving a
// card) until the file, the scene and the findings are all up to date.
#ifdef STAGECRAFT_BENCH_WIDGETS
#include "analysis/analysisrunner.h"
#include "benchrun.h"
#include "canvas/mapcanvas.h"
#include "model/journeydocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>

namespace stagecraft::bench {

namespace {

// Renders what the window would show, as the first paint does, and keeps
// the first frame where STAGECRAFT_BENCH_FRAME says (a PNG path), to look at.
void paintFrame(MapCanvas &canvas)
{
    QImage frame(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    {
        QPainter painter(&frame);
        canvas.render(&painter);
    }
    static bool kept = false;
    if (const QString keep = qEnvironmentVariable("STAGECRAFT_BENCH_FRAME"); !keep.isEmpty() && !kept)
        kept = frame.save(keep);
}

void measureCanvas(BenchRun &run)
{
    const QString path = run.path(QStringLiteral("canvas.journey"));
    QFile::remove(path);
    JourneyDocument::create(path, run.map());

    // The first frame's steps, to say where its time goes.
    std::vector<double> firstFrames, steps[4];
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        qint64 mark = 0;
        auto step = [&](int n) {
            const qint64 now = timer.nsecsElapsed();
            steps[n].push_back(double(now - mark) / 1e6);
            mark = now;
        };
        auto opened = JourneyDocument::open(path);
        step(0);
        AnalysisRunner runner(opened.document.get());
        step(1);
        MapCanvas canvas(opened.document.get(), &runner);
        canvas.resize(1600, 1000);
        canvas.show();
        canvas.fitOnOpen();
        step(2);
        paintFrame(canvas);
        step(3);
        firstFrames.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    run.report(QStringLiteral("open to first painted frame (ms)"), BenchRun::percentile(firstFrames, 0.5),
               run.size() == 10000 ? QStringLiteral("< 300") : QString());
    if (const double raw = run.figure(QStringLiteral("raw sqlite3 read of the same rows (ms)")); raw > 0)
        run.report(QStringLiteral("open to first frame / raw sqlite3 read (ratio)"),
                   BenchRun::percentile(firstFrames, 0.5) / raw, run.size() == 10000 ? QStringLiteral("<= 3") : QString());
    const char *stepNames[] = {"  of which open (file to model)", "  of which first analysis",
                               "  of which layout and scene items", "  of which painting the frame"};
    for (int n = 0; n < 4; ++n)
        run.report(QStringLiteral("%1 (ms)").arg(QLatin1String(stepNames[n])), BenchRun::percentile(steps[n], 0.5));

    auto opened = JourneyDocument::open(path);
    JourneyDocument &doc = *opened.document;
    AnalysisRunner runner(&doc);
    MapCanvas canvas(&doc, &runner);
    canvas.resize(1600, 1000);
    canvas.show();
    canvas.setZoom(1.0);
    paintFrame(canvas);
    QCoreApplication::processEvents();

    // Moves card after card into the neighbouring stage, as a drag would.
    const JourneyMap &map = doc.map();
    // Two ways to show it: painting what changed (as the window system asks
    // for it), and repainting the whole 1600 x 1000 view on top.
    std::vector<double> edits, updates, fullFrames, parts[2];
    // Fewer under a profiler: STAGECRAFT_BENCH_EDITS=40 (half of them with a full repaint).
    const int moves = qEnvironmentVariableIsSet("STAGECRAFT_BENCH_EDITS")
                          ? qEnvironmentVariableIntValue("STAGECRAFT_BENCH_EDITS")
                          : 400;
    for (int i = 0; i < moves; ++i) {
        const bool full = i % 2;
        const BenchMove move = BenchMove::nth(map, i / 2);
        QElapsedTimer timer;
        timer.start();
        move.apply(doc); // the write, the layout and the scene's items
        const qint64 written = timer.nsecsElapsed();
        // The analysis run the zero timer would start, and the badges it
        // changes: the scene and the findings are up to date.
        runner.runNow();
        const qint64 updated = timer.nsecsElapsed();
        // The scene's dirty items, then the view's paint of the region they cover.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        if (full)
            canvas.viewport()->repaint();
        (full ? fullFrames : edits).push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!full) {
            updates.push_back(double(updated) / 1e6);
            parts[0].push_back(double(written) / 1e6);
            parts[1].push_back(double(timer.nsecsElapsed() - written) / 1e6);
        }
    }
    // The same edits with no view: what the write (a transaction committed
    // to the OS, synchronous = NORMAL; the log is synced in the background
    // by the file's syncer, off this path) costs on its own.
    auto bare = JourneyDocument::open(path);
    std::vector<double> writes;
    for (int i = 0; i < 50; ++i) {
        const BenchMove move = BenchMove::nth(bare.document->map(), i);
        QElapsedTimer timer;
        timer.start();
        move.apply(*bare.document);
        writes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    run.report(QStringLiteral("edit: the file write alone, p50 (ms)"), BenchRun::percentile(writes, 0.5));
    // The measure: until the scene (its items) and the findings are
    // updated. Then what a user sees: the changed region painted as well.
    run.report(QStringLiteral("edit until scene and findings are updated, p50 (ms)"), BenchRun::percentile(updates, 0.5),
               run.size() == 10000 ? QStringLiteral("< 8") : QString());
    run.report(QStringLiteral("edit until scene and findings are updated, p99 (ms)"), BenchRun::percentile(updates, 0.99),
               run.size() == 10000 ? QStringLiteral("< 16") : QString());
    run.report(QStringLiteral("edit until scene, findings, changed region painted, p50 (ms)"), BenchRun::percentile(edits, 0.5),
               run.size() == 10000 ? QStringLiteral("< 8") : QString());
    run.report(QStringLiteral("edit until scene, findings, changed region painted, p99 (ms)"), BenchRun::percentile(edits, 0.99),
               run.size() == 10000 ? QStringLiteral("< 16") : QString());
    run.report(QStringLiteral("  of which write, layout, scene items, p50 (ms)"), BenchRun::percentile(parts[0], 0.5));
    run.report(QStringLiteral("  of which analysis, badges, painting, p50 (ms)"), BenchRun::percentile(parts[1], 0.5));
    run.report(QStringLiteral("edit and a full repaint of the view, p50 (ms)"), BenchRun::percentile(fullFrames, 0.5));
}

const Registration registration("3-canvas", measureCanvas);

} // namespace

} // namespace stagecraft::bench
#endif
