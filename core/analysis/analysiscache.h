#pragma once

#include "analysis.h"
#include "model/changeevent.h"

#include <memory>

namespace stagecraft {

// The analysis of one open map, kept rule by rule between edits, so that
// the run after an edit redoes only what the edit can change. Moving cards
// (or editing what no rule reads: a description, channel, emotion or
// evidence) changes where their findings sort and the stage names in their
// sentences, never a chain of dependencies, a hand-off or the slow path:
// those rules' findings are kept and only the rules that read where cards
// are run again (rules::RuleStep::readsPlaces). Any other edit runs every
// rule. The result always equals analyze() of the map as it is then
// (tests/core/test_analysis_incremental.cpp checks it after random edits).
class AnalysisCache {
public:
    AnalysisCache();
    ~AnalysisCache();

    // The analysis of `map` after `change`: every edit since the last call,
    // merged. `map` is read again on the next call (the graph kept refers
    // to it), so it must be the same object, alive in between; another map
    // runs every rule.
    AnalysisResult update(const JourneyMap &map, const ChangeEvent &change, const AnalysisOptions &options);
    // findingKeys() of the last update's result, from keys kept with the findings.
    const FindingKeys &keys() const { return m_keys; }
    // Forgets the map (it is going away): the next update runs every rule.
    void clear();
    // Whether the last update kept the findings of some rules (tests check
    // that the randomized comparison exercises both ways).
    bool keptRules() const { return m_keptRules; }

private:
    struct State;
    bool onlyPlacesChanged(const JourneyMap &map, const ChangeEvent &change, const AnalysisOptions &options) const;
    std::unique_ptr<State> m_state;
    FindingKeys m_keys;
    bool m_keptRules = false;
};

} // namespace stagecraft
