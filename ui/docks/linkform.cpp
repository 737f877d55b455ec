#include "linkform.h"

#include "commands/edit.h"
#include "durationedit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace stagecraft {

LinkForm::LinkForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_ends = new QLabel(this);
    m_ends->setWordWrap(true);
    m_kind = new QComboBox(this);
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_kind->setMinimumContentsLength(8);
    m_kind->addItem(tr("Flow: the customer's next step"), int(LinkKind::Flow));
    m_kind->addItem(tr("Supports: makes the other possible"), int(LinkKind::Supports));
    m_kind->addItem(tr("Hand-off: work passes to another team"), int(LinkKind::Handoff));
    m_agreed = new DurationEdit(this);
    m_wait = new DurationEdit(this);
    m_note = new QLineEdit(this);
    form->addRow(m_ends);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Agreed time:"), m_agreed);
    form->addRow(tr("&Wait time:"), m_wait);
    form->addRow(tr("&Note:"), m_note);

    connect(m_kind, &QComboBox::activated, this, [this] {
        const auto kind = LinkKind(m_kind->currentData().toInt());
        commit([kind](Link &l) { l.kind = kind; });
    });
    connect(m_agreed, &DurationEdit::durationEdited, this,
            [this](const std::optional<Duration> &d) { commit([&](Link &l) { l.agreedTime = d; }); });
    connect(m_wait, &DurationEdit::durationEdited, this,
            [this](const std::optional<Duration> &d) { commit([&](Link &l) { l.waitTime = d; }); });
    connect(m_note, &QLineEdit::editingFinished, this, [this] { commit([this](Link &l) { l.note = m_note->text(); }); });
}

void LinkForm::setLink(JourneyDocument *doc, LinkId id)
{
    m_doc = doc;
    m_id = id;
    refresh();
}

void LinkForm::commit(const std::function<void(Link &)> &change)
{
    const Link *l = m_doc ? m_doc->map().link(m_id) : nullptr;
    if (!l)
        return;
    Link changed = *l;
    change(changed);
    if (changed != *l && !edit::changeLink(*m_doc, changed))
        refresh(); // refused (e.g. a duplicate kind): show the link as it is
}

void LinkForm::refresh()
{
    const Link *l = m_doc ? m_doc->map().link(m_id) : nullptr;
    setEnabled(l && !m_doc->isReadOnly());
    if (!l)
        return;
    const JourneyMap &map = m_doc->map();
    const Touchpoint *from = map.touchpoint(l->from);
    const Touchpoint *to = map.touchpoint(l->to);
    m_ends->setText(tr("From “%1” to “%2”").arg(from ? from->title : QString(), to ? to->title : QString()));
    const QSignalBlocker b1(m_kind), b2(m_agreed), b3(m_wait), b4(m_note);
    m_kind->setCurrentIndex(m_kind->findData(int(l->kind)));
    m_agreed->setDuration(l->agreedTime);
    m_wait->setDuration(l->waitTime);
    m_note->setText(l->note);
}

} // namespace stagecraft
