#include "mapsession.h"

#include "analysis/analysisrunner.h"
#include "model/journeydocument.h"

namespace stagecraft {

MapSession::MapSession(std::unique_ptr<JourneyDocument> document, QObject *parent)
    : QObject(parent), m_document(std::move(document)), m_runner(std::make_unique<AnalysisRunner>(m_document.get()))
{
}

MapSession::~MapSession() { m_runner.reset(); }

} // namespace stagecraft
