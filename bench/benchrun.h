#pragma once

#include "model/journeymap.h"

#include <QElapsedTimer>
#include <QString>
#include <functional>
#include <vector>

namespace stagecraft {
class JourneyDocument;
}

namespace stagecraft::bench {

// One size's run: the generated map, a scratch folder, and the figures.
class BenchRun {
public:
    BenchRun(int size, JourneyMap map, QString folder);

    int size() const { return m_size; }
    const JourneyMap &map() const { return m_map; }
    QString path(const QString &name) const;

    // One line of the table: "analysis (ms)", its value, and the target it
    // is held to at this size (empty if none).
    void report(const QString &metric, double value, const QString &target = {});
    void print() const; // as key-value lines for the parent to collect
    double figure(const QString &metric) const; // one reported so far; 0 if none

    // Milliseconds of `work`, the median of `repeats` runs.
    static double medianMs(int repeats, const std::function<void()> &work);
    static double percentile(std::vector<double> samples, double p);

private:
    int m_size;
    JourneyMap m_map;
    QString m_folder;
    std::vector<std::tuple<QString, double, QString>> m_figures;
};

// The benchmark's edit number `n`: a card picked along a fixed walk over
// the map, moved to the neighbouring stage in its lane, as a drag does.
struct BenchMove {
    TouchpointId card;
    StageId stage;
    LaneId lane;

    static BenchMove nth(const JourneyMap &map, int n);
    void apply(JourneyDocument &doc) const; // through the command facade
};

// A group of measurements; each area of the code adds one with
// `static const Registration r("name", measure);` in its own file.
using Measure = void (*)(BenchRun &run);
struct Registration {
    Registration(const char *name, Measure measure);
};
const std::vector<std::pair<const char *, Measure>> &measures();

// `stagecraft-bench --footprint KIND FILE`: the child process the footprint
// group starts to measure one kind of work's peak memory on its own.
bool isFootprintRun(const QStringList &args);
int runFootprint(const QStringList &args);

} // namespace stagecraft::bench
