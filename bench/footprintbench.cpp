// Peak memory as a user sees it: a process of its own that only opens the
// map file and works on it, as the editor and `stagecraft-cli export` do.
// The benchmark process itself is no measure of that: it also holds the
// generated map it wrote the file from and every earlier group's leftovers.
#include "analysis/analysis.h"
#include "benchrun.h"
#include "export/mapexport.h"
#include "model/journeydocument.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTextStream>
#include <sys/resource.h>

#ifdef STAGECRAFT_BENCH_WIDGETS
#include "analysis/analysisrunner.h"
#include "canvas/mapcanvas.h"

#include <QImage>
#include <QPainter>
#endif

namespace stagecraft::bench {

namespace {

const char *const FootprintFlag = "--footprint";

#ifdef STAGECRAFT_BENCH_WIDGETS
// The editor's work: open, the first frame at fit, then 200 cards each
// moved one stage on, with the analysis and the repaint after each.
bool editorWork(JourneyDocument &doc)
{
    AnalysisRunner runner(&doc);
    MapCanvas canvas(&doc, &runner);
    canvas.resize(1600, 1000);
    canvas.show();
    canvas.fitOnOpen();
    QImage frame(canvas.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < 200; ++i) {
        if (i % 50 == 0) {
            QPainter painter(&frame);
            canvas.render(&painter);
        }
        BenchMove::nth(doc.map(), i).apply(doc);
        QCoreApplication::processEvents();
        canvas.viewport()->repaint();
    }
    return true;
}
#endif

// `stagecraft-cli export FILE -o FILE.pdf`: the analysis, then the PDF.
bool exportWork(JourneyDocument &doc)
{
    const AnalysisResult analysis = analyze(doc.map());
    PaperOptions options;
    options.analysis = &analysis;
    const QString pdf = doc.filePath() + QStringLiteral(".pdf");
    const bool written = mapexport::pdf(doc.map(), options, pdf).ok;
    QFile::remove(pdf);
    return written;
}

// This process's peak resident memory in MB since it was started (exec).
// Not getrusage(): Linux carries ru_maxrss over exec from the forked copy
// of the parent, so a child started by a benchmark process that had grown
// to 165 MB reported 165 MB whatever it used itself. VmHWM is the peak of
// the process's own memory since exec.
double ownPeakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; // "123456 kB"
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// The child's peak resident memory in MB, or a negative number if it failed.
double childPeakMb(const QString &kind, const QString &path)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QLatin1String(FootprintFlag), kind, path});
    child.waitForFinished(-1);
    bool ok = false;
    const double mb = QString::fromUtf8(child.readAllStandardOutput()).trimmed().toDouble(&ok);
    return child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0 && ok ? mb : -1;
}

void measureFootprint(BenchRun &run)
{
    const QString path = run.path(QStringLiteral("footprint.journey"));
    QFile::remove(path);
    JourneyDocument::create(path, run.map());
    const QString target = run.size() == 10000 ? QStringLiteral("< 150") : QString();
    auto report = [&](const char *metric, const char *kind) {
        const double mb = childPeakMb(QLatin1String(kind), path);
        if (mb < 0)
            qFatal("the %s footprint run failed", kind); // the parent then says the benchmark failed
        run.report(QLatin1String(metric), mb, target);
    };
#ifdef STAGECRAFT_BENCH_WIDGETS
    report("peak memory, editor: open, first frame, 200 edits (MB)", "editor");
#endif
    report("peak memory, export: open, analysis, PDF (MB)", "export");
}

const Registration registration("9-footprint", measureFootprint);

} // namespace

bool isFootprintRun(const QStringList &args)
{
    return args.size() == 4 && args[1] == QLatin1String(FootprintFlag);
}

int runFootprint(const QStringList &args)
{
    const QString &kind = args[2];
    auto opened = JourneyDocument::open(args[3]);
    if (!opened.document)
        return 2;
    bool done = false;
#ifdef STAGECRAFT_BENCH_WIDGETS
    if (kind == QLatin1String("editor"))
        done = editorWork(*opened.document);
#endif
    if (kind == QLatin1String("export"))
        done = exportWork(*opened.document);
    if (!done)
        return 1;
    opened.document.reset();
    QTextStream(stdout) << ownPeakMb() << '\n';
    return 0;
}

} // namespace stagecraft::bench
