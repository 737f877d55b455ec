// stagecraft-bench: runs each map size in a child process of its own (so
// peak memory is per size), collects the figures and prints one table.
#include "benchrun.h"
#include "mapgenerator.h"

#include <QCoreApplication>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <sys/resource.h>

#ifdef STAGECRAFT_BENCH_WIDGETS
#include <QApplication>
using BenchApplication = QApplication;
#else
#include <QGuiApplication>
using BenchApplication = QGuiApplication;
#endif

using namespace stagecraft::bench;

namespace {

const QList<int> DefaultSizes{100, 1000, 10000};

int runOneSize(int size)
{
    QTemporaryDir dir;
    BenchRun run(size, generateMap(size), dir.path());
    for (const auto &[name, measure] : measures())
        measure(run);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    run.report(QStringLiteral("peak memory (MB)"), double(usage.ru_maxrss) / 1024.0,
               size == 10000 ? QStringLiteral("< 150") : QString());
    run.print();
    return 0;
}

int runAll(const QList<int> &sizes)
{
    QTextStream out(stdout);
    QStringList order;
    QMap<QString, QMap<int, QString>> values;
    QMap<QString, QString> targets;
    for (int size : sizes) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--one"), QString::number(size)});
        child.waitForFinished(-1);
        if (child.exitCode() != 0) {
            out << "size " << size << ": the benchmark failed\n";
            return 1;
        }
        const QStringList lines = QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.size() < 4 || f[0] != QLatin1String("FIGURE"))
                continue;
            if (!order.contains(f[1]))
                order << f[1];
            values[f[1]][size] = f[2];
            if (!f[3].isEmpty()) // a metric may have a target at several sizes
                targets[f[1]] += (targets[f[1]].isEmpty() ? QString() : QStringLiteral(", ")) +
                                 QStringLiteral("%1 (at %2)").arg(f[3]).arg(size);
        }
    }
    out << QStringLiteral("%1").arg(QStringLiteral("measure"), -62);
    for (int size : sizes)
        out << QStringLiteral("%1").arg(QStringLiteral("%1 tp").arg(size), 12);
    out << "  target\n";
    for (const QString &metric : order) {
        out << QStringLiteral("%1").arg(metric, -62);
        for (int size : sizes)
            out << QStringLiteral("%1").arg(values[metric].value(size, QStringLiteral("-")), 12);
        out << "  " << targets.value(metric) << '\n';
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    BenchApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == QLatin1String("--one"))
        return runOneSize(args[2].toInt());
    QList<int> sizes;
    for (int i = 1; i < args.size(); ++i)
        if (args[i].toInt() > 0)
            sizes << args[i].toInt();
    return runAll(sizes.isEmpty() ? DefaultSizes : sizes);
}
