#include "mapinfoform.h"

#include "commands/edit.h"
#include "durationedit.h"

#include <QEvent>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace stagecraft {

MapInfoForm::MapInfoForm(QWidget *parent) : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_title = new QLineEdit(this);
    m_description = new QPlainTextEdit(this);
    m_description->setMaximumHeight(120);
    m_staleMonths = new QSpinBox(this);
    m_staleMonths->setRange(1, 240);
    m_staleMonths->setSuffix(tr(" months"));
    m_target = new DurationEdit(this);
    form->addRow(tr("Map &title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Stale after:"), m_staleMonths);
    form->addRow(tr("Target &time:"), m_target);
    connect(m_title, &QLineEdit::editingFinished, this, [this] {
        if (!m_title->text().trimmed().isEmpty())
            commit([this](MapInfo &i) { i.title = m_title->text().trimmed(); });
    });
    connect(m_staleMonths, &QSpinBox::editingFinished, this,
            [this] { commit([this](MapInfo &i) { i.settings.staleAfterMonths = m_staleMonths->value(); }); });
    connect(m_target, &DurationEdit::durationEdited, this,
            [this](const std::optional<Duration> &d) { commit([&](MapInfo &i) { i.settings.targetTime = d; }); });
    m_description->installEventFilter(this);
}

bool MapInfoForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_description && event->type() == QEvent::FocusOut)
        commit([this](MapInfo &i) { i.description = m_description->toPlainText(); });
    return QWidget::eventFilter(watched, event);
}

void MapInfoForm::setDocument(JourneyDocument *doc)
{
    m_doc = doc;
    refresh();
}

void MapInfoForm::commit(const std::function<void(MapInfo &)> &change)
{
    if (!m_doc)
        return;
    MapInfo info = m_doc->map().info;
    change(info);
    if (info != m_doc->map().info)
        edit::changeMapInfo(*m_doc, info);
}

void MapInfoForm::refresh()
{
    setEnabled(m_doc && !m_doc->isReadOnly());
    if (!m_doc)
        return;
    const MapInfo &info = m_doc->map().info;
    const QSignalBlocker b1(m_title), b2(m_staleMonths), b3(m_target);
    if (!m_title->hasFocus())
        m_title->setText(info.title);
    m_title->setCursorPosition(0);
    if (!m_description->hasFocus())
        m_description->setPlainText(info.description);
    m_staleMonths->setValue(info.settings.staleAfterMonths);
    if (!m_target->hasFocus())
        m_target->setDuration(info.settings.targetTime);
}

} // namespace stagecraft
