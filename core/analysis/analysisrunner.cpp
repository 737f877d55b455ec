#include "analysisrunner.h"

#include "model/journeydocument.h"

#include <algorithm>

namespace stagecraft {

AnalysisRunner::AnalysisRunner(JourneyDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &AnalysisRunner::runNow);
    if (document)
        connect(document, &JourneyDocument::changed, this, &AnalysisRunner::noteChange);
    runNow();
}

void AnalysisRunner::noteChange(const ChangeEvent &event)
{
    m_pending.parts |= event.parts;
    m_pending.touchpoints.append(event.touchpoints);
    m_pending.links.append(event.links);
    m_timer.start();
}

void AnalysisRunner::runNow()
{
    m_timer.stop(); // a pending run would find the same map
    AnalysisResult fresh;
    if (m_document)
        fresh = m_cache.update(m_document->map(), m_pending, m_options);
    else
        m_cache.clear();
    m_pending = {};
    FindingKeys keys = m_cache.keys();
    // Findings with other identities are other findings: only when every
    // key matches can the words or the order alone have changed.
    const bool sameKeys = std::equal(keys.begin(), keys.end(), m_keys.begin(), m_keys.end(),
                                     [](const auto &a, const auto &b) { return a.first == b.first; });
    if (sameKeys && fresh.findings == m_result.findings)
        return;
    m_changedCards = cardsWithChangedFindings(m_result, m_keys, fresh, keys);
    m_result = std::move(fresh);
    m_keys = std::move(keys);
    Q_EMIT resultChanged();
}

void AnalysisRunner::setToday(QDate today)
{
    m_options.today = today;
    runNow();
}

} // namespace stagecraft
