#pragma once

#include "analysis.h"
#include "analysiscache.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace stagecraft {

class JourneyDocument;

// Keeps the analysis of an open document current: re-runs it once after a
// burst of edits (the document's `changed` signals are coalesced with a
// zero-interval single-shot timer, so a drag or an undo of many steps costs
// one run, after the edit has returned to the user), and then only the
// rules the burst can change (AnalysisCache).
class AnalysisRunner : public QObject {
    Q_OBJECT

public:
    // Runs once at once, so result() is valid from the start.
    explicit AnalysisRunner(JourneyDocument *document, QObject *parent = nullptr);

    // The latest findings. Pointers into it (forTouchpoint) are valid until
    // the next resultChanged().
    const AnalysisResult &result() const { return m_result; }
    // The cards whose findings the last change added or removed (see
    // cardsWithChangedFindings): what needs its badges repainted.
    const QList<TouchpointId> &changedCards() const { return m_changedCards; }
    // Runs now instead of waiting for the event loop (tests, exports).
    void runNow();
    // The day stale reviews are counted from (tests fix it); re-runs.
    void setToday(QDate today);
    QDate today() const { return m_options.today; }
    const AnalysisCache &cache() const { return m_cache; }

Q_SIGNALS:
    // The findings differ from the previous run's.
    void resultChanged();

private:
    void noteChange(const ChangeEvent &event);

    QPointer<JourneyDocument> m_document;
    AnalysisOptions m_options;
    AnalysisCache m_cache;
    ChangeEvent m_pending; // the edits since the last run, merged
    AnalysisResult m_result;
    FindingKeys m_keys; // of m_result
    QList<TouchpointId> m_changedCards;
    QTimer m_timer;
};

} // namespace stagecraft
