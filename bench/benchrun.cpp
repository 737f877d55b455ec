#include "benchrun.h"

#include "commands/edit.h"

#include <QDir>
#include <QTextStream>
#include <algorithm>

namespace stagecraft::bench {

namespace {
std::vector<std::pair<const char *, Measure>> &registry()
{
    static std::vector<std::pair<const char *, Measure>> all;
    return all;
}
} // namespace

Registration::Registration(const char *name, Measure measure) { registry().emplace_back(name, measure); }

const std::vector<std::pair<const char *, Measure>> &measures()
{
    // Registration order depends on link order; the table reads best by name.
    auto &all = registry();
    std::stable_sort(all.begin(), all.end(), [](const auto &a, const auto &b) { return qstrcmp(a.first, b.first) < 0; });
    return all;
}

BenchRun::BenchRun(int size, JourneyMap map, QString folder)
    : m_size(size), m_map(std::move(map)), m_folder(std::move(folder))
{
}

QString BenchRun::path(const QString &name) const { return QDir(m_folder).filePath(name); }

void BenchRun::report(const QString &metric, double value, const QString &target)
{
    m_figures.emplace_back(metric, value, target);
}

void BenchRun::print() const
{
    QTextStream out(stdout);
    for (const auto &[metric, value, target] : m_figures)
        out << "FIGURE\t" << metric << '\t' << QString::number(value, 'f', 3) << '\t' << target << '\n';
}

double BenchRun::figure(const QString &metric) const
{
    for (const auto &[name, value, target] : m_figures)
        if (name == metric)
            return value;
    return 0;
}

double BenchRun::percentile(std::vector<double> samples, double p)
{
    if (samples.empty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const size_t at = std::min(samples.size() - 1, size_t(p * double(samples.size() - 1) + 0.5));
    return samples[at];
}

double BenchRun::medianMs(int repeats, const std::function<void()> &work)
{
    std::vector<double> samples;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return percentile(samples, 0.5);
}

BenchMove BenchMove::nth(const JourneyMap &map, int n)
{
    // Along the cards in the order the file lists them (by stage id, lane
    // id, then place in the cell), whatever order the model keeps them in:
    // every version of the model is timed on the same edits.
    std::vector<const Touchpoint *> listed;
    listed.reserve(map.touchpoints.size());
    for (const Touchpoint &card : map.touchpoints)
        listed.push_back(&card);
    std::stable_sort(listed.begin(), listed.end(), [](const Touchpoint *a, const Touchpoint *b) {
        return std::pair(a->stage, a->lane) < std::pair(b->stage, b->lane);
    });
    const Touchpoint &t = *listed[size_t((qint64(n) * 37) % qint64(listed.size()))];
    const int next = (map.stageIndex(t.stage) + 1) % int(map.stages.size());
    return {t.id, map.stages[size_t(next)].id, t.lane};
}

void BenchMove::apply(JourneyDocument &doc) const { edit::moveTouchpoints(doc, {card}, stage, lane, 0); }

} // namespace stagecraft::bench
