#pragma once

#include "finding.h"
#include "model/journeymap.h"

#include <QDate>
#include <QHash>
#include <vector>

namespace stagecraft {

struct AnalysisOptions {
    QDate today = QDate::currentDate(); // for stale reviews; fixed in tests
};

// The findings for one state of the map: the one value the UI and the
// exporters read. Findings come sorted by severity, then map order.
struct AnalysisResult {
    std::vector<Finding> findings;

    int count(Severity s) const;
    // The findings that belong to a department (by owner name).
    std::vector<Finding> forDepartment(const QString &department) const;
    // The findings that concern one card, for its badges.
    std::vector<const Finding *> forTouchpoint(TouchpointId id) const;
    // Worst severity on a card, or nothing.
    std::optional<Severity> worstOn(TouchpointId id) const;

    // The canvas asks per card, so the cards' findings are indexed on first
    // use; the index is rebuilt when `findings` is replaced or resized.
    struct TouchpointIndex {
        QHash<qint64, std::vector<int>> findingsOf;
        const Finding *data = nullptr;
        size_t size = 0;
    };
    mutable TouchpointIndex touchpointIndex{};

private:
    const std::vector<int> &indexedFindingsOf(TouchpointId id) const;
};

// Runs every rule of the graph core on `map`. Pure and fast: no I/O.
AnalysisResult analyze(const JourneyMap &map, const AnalysisOptions &options = {});

// A result's findings by identity: (Finding::key(), index) sorted by key.
// Two results with different keys differ; the runner keeps the last run's
// keys so that each run hashes and sorts only its own findings.
using FindingKeys = std::vector<std::pair<quint64, size_t>>;
FindingKeys findingKeys(const AnalysisResult &result);

// The cards a finding was added to or taken from between two results,
// compared by Finding::key() (who and what, not the words): the cards whose
// badges may look different. Sorted, each once.
QList<TouchpointId> cardsWithChangedFindings(const AnalysisResult &before, const AnalysisResult &after);
QList<TouchpointId> cardsWithChangedFindings(const AnalysisResult &before, const FindingKeys &beforeKeys,
                                             const AnalysisResult &after, const FindingKeys &afterKeys);

} // namespace stagecraft
