#pragma once

#include <QObject>
#include <memory>

namespace stagecraft {

class AnalysisRunner;
class JourneyDocument;

// One open map and the analysis that follows it; the editor holds one.
class MapSession : public QObject {
    Q_OBJECT

public:
    explicit MapSession(std::unique_ptr<JourneyDocument> document, QObject *parent = nullptr);
    ~MapSession() override;

    JourneyDocument *document() const { return m_document.get(); }
    AnalysisRunner *runner() const { return m_runner.get(); }

private:
    std::unique_ptr<JourneyDocument> m_document;
    std::unique_ptr<AnalysisRunner> m_runner; // destroyed first: it watches the document
};

} // namespace stagecraft
