#include "analysisrunner.h"

#include "model/journeydocument.h"

namespace stagecraft {

AnalysisRunner::AnalysisRunner(JourneyDocument *document, QObject *parent)
    : QObject(parent), m_document(document)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &AnalysisRunner::runNow);
    if (document)
        connect(document, &JourneyDocument::changed, &m_timer, qOverload<>(&QTimer::start));
    runNow();
}

void AnalysisRunner::runNow()
{
    m_timer.stop(); // a pending run would find the same map
    AnalysisResult fresh = m_document ? analyze(m_document->map(), m_options) : AnalysisResult{};
    if (fresh.findings == m_result.findings)
        return;
    m_changedCards = cardsWithChangedFindings(m_result, fresh);
    m_result = std::move(fresh);
    Q_EMIT resultChanged();
}

void AnalysisRunner::setToday(QDate today)
{
    m_options.today = today;
    runNow();
}

} // namespace stagecraft
