#include "headerform.h"

#include "commands/edit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace stagecraft {

HeaderForm::HeaderForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_what = new QLabel(this);
    m_name = new QLineEdit(this);
    m_laneKind = new QComboBox(this);
    m_laneKind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_laneKind->setMinimumContentsLength(8);
    for (LaneKind k : {LaneKind::Customer, LaneKind::FrontStage, LaneKind::OnStage, LaneKind::BackStage,
                       LaneKind::Support, LaneKind::Evidence, LaneKind::Notes})
        m_laneKind->addItem(laneKindTitle(k), int(k));
    m_laneKindLabel = new QLabel(tr("&Kind:"), this);
    m_laneKindLabel->setBuddy(m_laneKind);
    form->addRow(m_what);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(m_laneKindLabel, m_laneKind);
    connect(m_name, &QLineEdit::editingFinished, this, &HeaderForm::commitName);
    connect(m_laneKind, &QComboBox::activated, this, &HeaderForm::commitKind);
}

void HeaderForm::setElement(JourneyDocument *doc, const MapSelection &selection)
{
    m_doc = doc;
    m_kind = selection.kind();
    m_id = m_kind == MapSelection::Kind::Phase ? selection.phase().value
           : m_kind == MapSelection::Kind::Stage ? selection.stage().value
                                                 : selection.lane().value;
    refresh();
}

void HeaderForm::commitName()
{
    const QString name = m_name->text().trimmed();
    if (!m_doc || name.isEmpty())
        return refresh();
    const JourneyMap &map = m_doc->map();
    if (m_kind == MapSelection::Kind::Phase) {
        if (const Phase *p = map.phase(PhaseId(m_id))) {
            Phase changed = *p;
            changed.name = name;
            edit::changePhase(*m_doc, changed);
        }
    } else if (m_kind == MapSelection::Kind::Stage) {
        if (const Stage *s = map.stage(StageId(m_id))) {
            Stage changed = *s;
            changed.name = name;
            edit::changeStage(*m_doc, changed);
        }
    } else if (const Lane *l = map.lane(LaneId(m_id))) {
        Lane changed = *l;
        changed.name = name;
        edit::changeLane(*m_doc, changed);
    }
}

void HeaderForm::commitKind()
{
    const Lane *l = m_doc ? m_doc->map().lane(LaneId(m_id)) : nullptr;
    if (!l || m_kind != MapSelection::Kind::Lane)
        return;
    Lane changed = *l;
    changed.kind = LaneKind(m_laneKind->currentData().toInt());
    edit::changeLane(*m_doc, changed);
}

void HeaderForm::refresh()
{
    if (!m_doc)
        return;
    const JourneyMap &map = m_doc->map();
    const QSignalBlocker b1(m_name), b2(m_laneKind);
    const bool lane = m_kind == MapSelection::Kind::Lane;
    m_laneKind->setVisible(lane);
    m_laneKindLabel->setVisible(lane);
    QString name;
    if (m_kind == MapSelection::Kind::Phase) {
        const Phase *p = map.phase(PhaseId(m_id));
        m_what->setText(tr("Phase"));
        name = p ? p->name : QString();
    } else if (m_kind == MapSelection::Kind::Stage) {
        const Stage *s = map.stage(StageId(m_id));
        const Phase *p = s ? map.phase(s->phase) : nullptr;
        m_what->setText(tr("Stage in phase “%1”").arg(p ? p->name : QString()));
        name = s ? s->name : QString();
    } else if (const Lane *l = map.lane(LaneId(m_id))) {
        m_what->setText(tr("Lane"));
        name = l->name;
        m_laneKind->setCurrentIndex(m_laneKind->findData(int(l->kind)));
    }
    if (!m_name->hasFocus())
        m_name->setText(name);
    setEnabled(!m_doc->isReadOnly());
}

} // namespace stagecraft
