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
    // STAGECRAFT_BENCH_ONLY=canvas runs only the measures whose name holds it (profiling).
    const QString only = qEnvironmentVariable("STAGECRAFT_BENCH_ONLY");
    for (const auto &[name, measure] : measures())
        if (only.isEmpty() || QLatin1String(name).contains(only))
            measure(run);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    // The footprint group measures what a user's process holds; this is the
    // benchmark's own, generated map and all.
    run.report(QStringLiteral("peak memory, this benchmark process (MB)"), double(usage.ru_maxrss) / 1024.0);
    run.print();
    return 0;
}

// "met" or "MISSED" for a value against a target such as "< 8" or ">= 5".
QString verdict(double value, const QString &target)
{
    const QStringList parts = target.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 2)
        return QStringLiteral("?");
    const double bound = parts[1].toDouble();
    const QString &op = parts[0];
    const bool met = op == QLatin1String("<")    ? value < bound
                     : op == QLatin1String("<=") ? value <= bound
                     : op == QLatin1String(">")  ? value > bound
                                                 : value >= bound;
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
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
                                 QStringLiteral("%1 (at %2): %3").arg(f[3]).arg(size).arg(verdict(f[2].toDouble(), f[3]));
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
    if (isFootprintRun(args))
        return runFootprint(args);
    if (args.size() >= 3 && args[1] == QLatin1String("--one"))
        return runOneSize(args[2].toInt());
    QList<int> sizes;
    for (int i = 1; i < args.size(); ++i)
        if (args[i].toInt() > 0)
            sizes << args[i].toInt();
    return runAll(sizes.isEmpty() ? DefaultSizes : sizes);
}
