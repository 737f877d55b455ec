#pragma once

#include "analysis/finding.h"

#include <QDockWidget>
#include <vector>

class QLabel;
class QVBoxLayout;

namespace stagecraft {

class AnalysisRunner;
class JourneyDocument;

// The analysis findings grouped by severity, optionally only one
// department's; a click shows the element, "Assign" applies a suggested owner.
class FindingsDock : public QDockWidget {
    Q_OBJECT

public:
    // Beyond this many rows the list says how many more there are.
    static constexpr int MaxRows = 300;

    explicit FindingsDock(QWidget *parent = nullptr);

    void setDocument(JourneyDocument *doc, AnalysisRunner *runner);
    // Empty: every finding.
    void setDepartment(const QString &department);
    QString department() const { return m_department; }

    // The findings listed now, in list order.
    const std::vector<Finding> &shown() const { return m_shown; }
    // What the "Assign" button of the i-th shown finding does.
    bool assignSuggested(size_t index);

Q_SIGNALS:
    void findingActivated(const stagecraft::Finding &finding);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    QWidget *makeRow(size_t index);

    JourneyDocument *m_doc = nullptr;
    AnalysisRunner *m_runner = nullptr;
    QString m_department;
    std::vector<Finding> m_shown;
    QLabel *m_summary = nullptr;
    QWidget *m_rows = nullptr;
    QVBoxLayout *m_rowLayout = nullptr;
    bool m_dirty = false;
};

} // namespace stagecraft
