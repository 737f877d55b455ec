#include "touchpointform.h"

#include "commands/edit.h"
#include "durationedit.h"
#include "swatch.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>

namespace stagecraft {

namespace {
// The date edit's minimum stands for "never reviewed".
const QDate NeverReviewed(1900, 1, 1);
} // namespace

TouchpointForm::TouchpointForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_where = new QLabel(this);
    m_where->setWordWrap(true);
    m_where->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_title = new QLineEdit(this);
    m_description = new QPlainTextEdit(this);
    m_description->setMaximumHeight(80);
    m_channel = new QLineEdit(this);
    m_channel->setPlaceholderText(tr("web, phone, shop, letter…"));
    m_owner = new QComboBox(this);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_owner->setMinimumContentsLength(8);
    m_time = new DurationEdit(this);
    m_emotion = new QComboBox(this);
    m_emotion->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_emotion->setMinimumContentsLength(8);
    m_emotion->addItem(tr("Not rated"), QVariant());
    const char *feelings[] = {QT_TR_NOOP("−2 very negative"), QT_TR_NOOP("−1 negative"), QT_TR_NOOP("0 neutral"),
                              QT_TR_NOOP("+1 positive"), QT_TR_NOOP("+2 very positive")};
    for (int e = Touchpoint::MinEmotion; e <= Touchpoint::MaxEmotion; ++e)
        m_emotion->addItem(tr(feelings[e - Touchpoint::MinEmotion]), e);
    m_pain = new QCheckBox(tr("Pain point"), this);
    m_reviewed = new QDateEdit(this);
    m_reviewed->setCalendarPopup(true);
    m_reviewed->setMinimumDate(NeverReviewed);
    m_reviewed->setSpecialValueText(tr("Never"));
    m_reviewed->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_evidence = new QPlainTextEdit(this);
    m_evidence->setPlaceholderText(tr("One quote or score per line"));
    m_evidence->setMaximumHeight(90);

    form->addRow(m_where);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("C&hannel:"), m_channel);
    form->addRow(tr("&Owner:"), m_owner);
    form->addRow(tr("&Processing time:"), m_time);
    form->addRow(tr("&Emotion:"), m_emotion);
    form->addRow(QString(), m_pain);
    form->addRow(tr("Last &reviewed:"), m_reviewed);
    form->addRow(tr("E&vidence:"), m_evidence);

    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        commit([this](Touchpoint &t) { t.title = m_title->text().trimmed(); });
    });
    connect(m_channel, &QLineEdit::editingFinished, this, [this] {
        commit([this](Touchpoint &t) { t.channel = m_channel->text().trimmed(); });
    });
    connect(m_owner, &QComboBox::activated, this, [this] {
        const QVariant v = m_owner->currentData();
        if (m_doc)
            edit::assignOwner(*m_doc, {m_id}, v.isValid() ? std::optional(OwnerId(v.toLongLong())) : std::nullopt);
    });
    connect(m_time, &DurationEdit::durationEdited, this, [this](const std::optional<Duration> &d) {
        commit([&](Touchpoint &t) { t.processingTime = d; });
    });
    connect(m_emotion, &QComboBox::activated, this, [this] {
        const QVariant v = m_emotion->currentData();
        commit([&](Touchpoint &t) { t.emotion = v.isValid() ? std::optional(v.toInt()) : std::nullopt; });
    });
    connect(m_pain, &QCheckBox::toggled, this, [this](bool on) { commit([on](Touchpoint &t) { t.pain = on; }); });
    connect(m_reviewed, &QDateEdit::editingFinished, this, [this] {
        const QDate d = m_reviewed->date();
        commit([d](Touchpoint &t) { t.lastReviewed = d == NeverReviewed ? std::nullopt : std::optional(d); });
    });
    m_description->installEventFilter(this);
    m_evidence->installEventFilter(this);
}

bool TouchpointForm::eventFilter(QObject *watched, QEvent *event)
{
    // Multi-line fields commit when the user leaves them, like a line edit.
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_description)
            commit([this](Touchpoint &t) { t.description = m_description->toPlainText(); });
        else if (watched == m_evidence)
            commit([this](Touchpoint &t) {
                QStringList lines;
                for (const QString &l : m_evidence->toPlainText().split(QLatin1Char('\n')))
                    if (!l.trimmed().isEmpty())
                        lines << l.trimmed();
                t.evidence = lines;
            });
    }
    return QWidget::eventFilter(watched, event);
}

void TouchpointForm::setTouchpoint(JourneyDocument *doc, TouchpointId id)
{
    m_doc = doc;
    m_id = id;
    refresh();
}

void TouchpointForm::commit(const std::function<void(Touchpoint &)> &change)
{
    const Touchpoint *t = m_doc ? m_doc->map().touchpoint(m_id) : nullptr;
    if (!t)
        return;
    Touchpoint changed = *t;
    change(changed);
    if (changed != *t)
        edit::changeTouchpoint(*m_doc, changed);
}

void TouchpointForm::fillOwners(const JourneyMap &map, const Touchpoint &t)
{
    m_owner->clear();
    m_owner->addItem(tr("No owner"), QVariant());
    for (const Owner &o : map.owners) {
        m_owner->addItem(swatchIcon(o.color), o.accountable.isEmpty() ? o.name : tr("%1 (%2)").arg(o.name, o.accountable),
                         o.id.value);
        if (t.owner == o.id)
            m_owner->setCurrentIndex(m_owner->count() - 1);
    }
}

void TouchpointForm::refresh()
{
    const Touchpoint *t = m_doc ? m_doc->map().touchpoint(m_id) : nullptr;
    setEnabled(t && !m_doc->isReadOnly());
    if (!t)
        return;
    const JourneyMap &map = m_doc->map();
    const QList<QWidget *> fields{m_title, m_description, m_channel, m_owner, m_time,
                                  m_emotion, m_pain, m_reviewed, m_evidence};
    std::vector<std::unique_ptr<QSignalBlocker>> blockers;
    for (QWidget *w : fields)
        blockers.push_back(std::make_unique<QSignalBlocker>(w));
    const Stage *stage = map.stage(t->stage);
    const Lane *lane = map.lane(t->lane);
    m_where->setText(tr("Card %1 in %2 · %3").arg(t->key, stage ? stage->name : QString(), lane ? lane->name : QString()));
    if (!m_title->hasFocus())
        m_title->setText(t->title);
    if (!m_description->hasFocus())
        m_description->setPlainText(t->description);
    if (!m_channel->hasFocus())
        m_channel->setText(t->channel);
    fillOwners(map, *t);
    if (!m_time->hasFocus())
        m_time->setDuration(t->processingTime);
    m_emotion->setCurrentIndex(t->emotion ? *t->emotion - Touchpoint::MinEmotion + 1 : 0);
    m_pain->setChecked(t->pain);
    m_reviewed->setDate(t->lastReviewed.value_or(NeverReviewed));
    if (!m_evidence->hasFocus())
        m_evidence->setPlainText(t->evidence.join(QLatin1Char('\n')));
}

} // namespace stagecraft
