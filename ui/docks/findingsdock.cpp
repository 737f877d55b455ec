#include "findingsdock.h"

#include "analysis/analysisrunner.h"
#include "commands/edit.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stagecraft {

namespace {

constexpr const char *IndexProperty = "findingIndex";

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

QString severityColor(Severity s)
{
    return QLatin1String(s == Severity::Error ? "#d03b3b" : s == Severity::Warning ? "#e08e0b" : "#4a7ab5");
}

} // namespace

FindingsDock::FindingsDock(QWidget *parent) : QDockWidget(tr("Findings"), parent)
{
    setObjectName(QStringLiteral("FindingsDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary = new QLabel(body);
    m_summary->setWordWrap(true);
    m_rows = new QWidget;
    m_rows->setObjectName(QStringLiteral("FindingRows"));
    m_rows->setStyleSheet(QStringLiteral("#FindingRows { background: palette(base); }"
                                         "QFrame#FindingRow { border-bottom: 1px solid #e3e7ee; }"
                                         "QFrame#FindingRow:hover { background: #eef3fb; }"));
    m_rowLayout = new QVBoxLayout(m_rows);
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_rowLayout->setSpacing(0);
    auto *scroll = new QScrollArea(body);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_rows);
    layout->addWidget(m_summary);
    layout->addWidget(scroll);
    setWidget(body);
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

bool FindingsDock::eventFilter(QObject *watched, QEvent *e)
{
    if (e->type() == QEvent::MouseButtonRelease && static_cast<QMouseEvent *>(e)->button() == Qt::LeftButton) {
        const QVariant index = watched->property(IndexProperty);
        if (index.isValid() && index.toULongLong() < m_shown.size()) {
            const Finding finding = m_shown[index.toULongLong()];
            Q_EMIT findingActivated(finding);
            return true;
        }
    }
    return QDockWidget::eventFilter(watched, e);
}

bool FindingsDock::assignSuggested(size_t index)
{
    if (index >= m_shown.size() || !m_doc || !m_shown[index].suggestedOwner)
        return false;
    const Finding finding = m_shown[index]; // a copy: assigning rebuilds the list
    return edit::assignOwner(*m_doc, finding.touchpoints, finding.suggestedOwner);
}

QWidget *FindingsDock::makeRow(size_t index)
{
    const Finding &f = m_shown[index];
    auto *row = new QFrame(m_rows);
    row->setObjectName(QStringLiteral("FindingRow"));
    row->setProperty(IndexProperty, qulonglong(index));
    row->setCursor(Qt::PointingHandCursor);
    row->setToolTip(tr("Click to show it on the map."));
    row->installEventFilter(this);
    auto *layout = new QVBoxLayout(row);
    layout->setContentsMargins(8, 6, 8, 6);
    auto *text = new QLabel(QStringLiteral("<span style='color:%1'>&#9679;</span> %2")
                                .arg(severityColor(f.severity), f.message().toHtmlEscaped()),
                            row);
    text->setWordWrap(true);
    text->setAttribute(Qt::WA_TransparentForMouseEvents);
    layout->addWidget(text);
    if (f.suggestedOwner && !f.touchpoints.isEmpty() && m_doc && !m_doc->isReadOnly()) {
        auto *line = new QHBoxLayout;
        auto *hint = new QLabel(tr("Suggested owner: <b>%1</b>").arg(f.suggestedOwnerName.toHtmlEscaped()), row);
        hint->setAttribute(Qt::WA_TransparentForMouseEvents);
        hint->setWordWrap(true);
        auto *assign = new QPushButton(tr("Assign"), row);
        assign->setToolTip(tr("Make %1 the owner (a suggestion from the linked cards; undo takes it back).")
                               .arg(f.suggestedOwnerName));
        connect(assign, &QPushButton::clicked, this, [this, index] { assignSuggested(index); });
        line->addWidget(hint, 1);
        line->addWidget(assign);
        layout->addLayout(line);
    }
    return row;
}

void FindingsDock::rebuild()
{
    m_shown.clear();
    if (m_runner)
        m_shown = m_department.isEmpty() ? m_runner->result().findings : m_runner->result().forDepartment(m_department);
    m_dirty = isHidden() && m_runner;
    while (QLayoutItem *item = m_rowLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_dirty) {
        int counts[3] = {};
        for (const Finding &f : m_shown)
            ++counts[int(f.severity)];
        std::optional<Severity> group;
        for (size_t i = 0; i < m_shown.size() && i < size_t(MaxRows); ++i) {
            if (group != m_shown[i].severity) {
                group = m_shown[i].severity;
                auto *title = new QLabel(groupTitle(*group, counts[int(*group)]), m_rows);
                title->setStyleSheet(QStringLiteral("font-weight: bold; color: %1; padding: 8px 6px 4px 6px;")
                                         .arg(severityColor(*group)));
                m_rowLayout->addWidget(title);
            }
            m_rowLayout->addWidget(makeRow(i));
        }
        if (m_shown.size() > size_t(MaxRows))
            m_rowLayout->addWidget(new QLabel(tr("… and %n more", nullptr, int(m_shown.size()) - MaxRows), m_rows));
    }
    m_rowLayout->addStretch();
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

} // namespace stagecraft
