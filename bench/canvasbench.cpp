// The editor's figures: open to first painted frame, and one edit (moving a
// card) until the file, the scene and the findings are all up to date.
#ifdef STAGECRAFT_BENCH_WIDGETS
#include "analysis/analysisrunner.h"
#include "benchrun.h"
#include "canvas/mapcanvas.h"
#include "commands/edit.h"
#include "model/journeydocument.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>

namespace stagecraft::bench {

namespace {

// Renders what the window would show, as the first paint does.
void paintFrame(MapCanvas &canvas)
{
    QImage frame(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&frame);
    canvas.render(&painter);
}

void measureCanvas(BenchRun &run)
{
    const QString path = run.path(QStringLiteral("canvas.journey"));
    QFile::remove(path);
    JourneyDocument::create(path, run.map());

    std::vector<double> firstFrames;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto opened = JourneyDocument::open(path);
        AnalysisRunner runner(opened.document.get());
        MapCanvas canvas(opened.document.get(), &runner);
        canvas.resize(1600, 1000);
        canvas.show();
        canvas.fitOnOpen();
        paintFrame(canvas);
        firstFrames.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    run.report(QStringLiteral("open to first painted frame (ms)"), BenchRun::percentile(firstFrames, 0.5),
               run.size() == 10000 ? QStringLiteral("< 300") : QString());

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
    std::vector<double> edits;
    for (int i = 0; i < 200; ++i) {
        const Touchpoint &t = map.touchpoints[size_t((i * 37) % map.touchpoints.size())];
        const TouchpointId id = t.id;
        const int stage = (map.stageIndex(t.stage) + 1) % int(map.stages.size());
        const StageId target = map.stages[size_t(stage)].id;
        const LaneId lane = t.lane;
        QElapsedTimer timer;
        timer.start();
        edit::moveTouchpoints(doc, {id}, target, lane, 0);
        QCoreApplication::processEvents(); // the scene update and the analysis run (a zero timer)
        canvas.viewport()->repaint();
        edits.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    run.report(QStringLiteral("edit until scene and findings updated, p50 (ms)"), BenchRun::percentile(edits, 0.5),
               run.size() == 10000 ? QStringLiteral("< 8") : QString());
    run.report(QStringLiteral("edit until scene and findings updated, p99 (ms)"), BenchRun::percentile(edits, 0.99),
               run.size() == 10000 ? QStringLiteral("< 16") : QString());
}

const Registration registration("3-canvas", measureCanvas);

} // namespace

} // namespace stagecraft::bench
#endif
