#include "findingsdock.h"

#include "analysis/analysisrunner.h"
#include "commands/edit.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stagecraft {

namespace {

enum Column { MessageColumn, AssignColumn };
constexpr int IndexRole = Qt::UserRole + 1;

QString groupTitle(Severity s, int n)
{
    switch (s) {
    case Severity::Error:
        return FindingsDock::tr("Errors (%1)").arg(n);
    case Severity::Warning:
        return FindingsDock::tr("Warnings (%1)").arg(n);
    case Severity::Info:
        break;
    }
    return FindingsDock::tr("Notes (%1)").arg(n);
}

QColor severityColor(Severity s)
{
    return s == Severity::Error ? QColor(0xd0, 0x3b, 0x3b) : s == Severity::Warning ? QColor(0xe0, 0x8e, 0x0b)
                                                                                     : QColor(0x4a, 0x7a, 0xb5);
}

} // namespace

FindingsDock::FindingsDock(QWidget *parent) : QDockWidget(tr("Findings"), parent)
{
    setObjectName(QStringLiteral("FindingsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(body);
    m_tree = new QTreeWidget(body);
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(AssignColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree);
    setWidget(body);
    connect(m_tree, &QTreeWidget::itemClicked, this, &FindingsDock::clicked);
    connect(m_tree, &QTreeWidget::itemActivated, this, &FindingsDock::clicked);
}

void FindingsDock::setDocument(JourneyDocument *doc, AnalysisRunner *runner)
{
    if (m_runner)
        disconnect(m_runner, nullptr, this, nullptr);
    m_doc = doc;
    m_runner = runner;
    if (m_runner)
        connect(m_runner, &AnalysisRunner::resultChanged, this, &FindingsDock::rebuild);
    rebuild();
}

void FindingsDock::setDepartment(const QString &department)
{
    m_department = department;
    rebuild();
}

bool FindingsDock::event(QEvent *e)
{
    // A hidden dock (workshop mode) skips rebuilding until it is shown again.
    if (e->type() == QEvent::Show && m_dirty)
        QMetaObject::invokeMethod(this, &FindingsDock::rebuild, Qt::QueuedConnection);
    return QDockWidget::event(e);
}

void FindingsDock::rebuild()
{
    m_shown.clear();
    if (m_runner)
        m_shown = m_department.isEmpty() ? m_runner->result().findings : m_runner->result().forDepartment(m_department);
    m_dirty = isHidden() && m_runner;
    m_tree->clear();
    if (m_dirty)
        return;
    QFont assignFont = m_tree->font();
    assignFont.setUnderline(true);
    QTreeWidgetItem *groups[3] = {};
    int counts[3] = {};
    for (size_t i = 0; i < m_shown.size(); ++i) {
        const Finding &f = m_shown[i];
        const int s = int(f.severity);
        if (!groups[s]) {
            groups[s] = new QTreeWidgetItem(m_tree);
            groups[s]->setForeground(MessageColumn, severityColor(f.severity));
            QFont bold = m_tree->font();
            bold.setBold(true);
            groups[s]->setFont(MessageColumn, bold);
            groups[s]->setFirstColumnSpanned(true);
            groups[s]->setExpanded(true);
        }
        ++counts[s];
        auto *item = new QTreeWidgetItem(groups[s], {f.message});
        item->setData(MessageColumn, IndexRole, qulonglong(i));
        item->setToolTip(MessageColumn, f.message);
        if (f.suggestedOwner && !f.touchpoints.isEmpty()) {
            item->setText(AssignColumn, tr("Assign %1").arg(f.suggestedOwnerName));
            item->setToolTip(AssignColumn, tr("Suggested from the linked cards' owners. Click to assign %1.")
                                               .arg(f.suggestedOwnerName));
            item->setForeground(AssignColumn, m_tree->palette().link());
            item->setFont(AssignColumn, assignFont);
        }
    }
    for (int s = 0; s < 3; ++s)
        if (groups[s])
            groups[s]->setText(MessageColumn, groupTitle(Severity(s), counts[s]));
    if (!m_runner)
        m_summary->setText(tr("No map is open."));
    else if (m_shown.empty())
        m_summary->setText(m_department.isEmpty() ? tr("No findings: nothing breaks this journey.")
                                                  : tr("No findings for %1.").arg(m_department));
    else
        m_summary->setText(m_department.isEmpty() ? tr("%n finding(s)", nullptr, int(m_shown.size()))
                                                  : tr("%n finding(s) for %1", nullptr, int(m_shown.size()))
                                                        .arg(m_department));
}

void FindingsDock::clicked(QTreeWidgetItem *item, int column)
{
    const QVariant index = item->data(MessageColumn, IndexRole);
    if (!index.isValid() || index.toULongLong() >= m_shown.size())
        return;
    const Finding finding = m_shown[index.toULongLong()]; // a copy: assigning rebuilds the list
    if (column == AssignColumn && finding.suggestedOwner && m_doc) {
        edit::assignOwner(*m_doc, finding.touchpoints, finding.suggestedOwner);
        return;
    }
    Q_EMIT findingActivated(finding);
}

} // namespace stagecraft
