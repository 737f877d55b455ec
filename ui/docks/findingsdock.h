#pragma once

#include "analysis/finding.h"

#include <QDockWidget>
#include <vector>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace stagecraft {

class AnalysisRunner;
class JourneyDocument;

// The analysis findings grouped by severity, optionally only one
// department's; a click shows the element, "Assign" applies a suggested owner.
class FindingsDock : public QDockWidget {
    Q_OBJECT

public:
    explicit FindingsDock(QWidget *parent = nullptr);

    void setDocument(JourneyDocument *doc, AnalysisRunner *runner);
    // Empty: every finding.
    void setDepartment(const QString &department);
    QString department() const { return m_department; }

    QTreeWidget *tree() const { return m_tree; }
    // The findings listed now, in list order (tests and the status bar read it).
    const std::vector<Finding> &shown() const { return m_shown; }

Q_SIGNALS:
    void findingActivated(const stagecraft::Finding &finding);

private:
    void rebuild();
    void clicked(QTreeWidgetItem *item, int column);
    bool event(QEvent *event) override;

    JourneyDocument *m_doc = nullptr;
    AnalysisRunner *m_runner = nullptr;
    QString m_department;
    std::vector<Finding> m_shown;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    bool m_dirty = false;
};

} // namespace stagecraft
