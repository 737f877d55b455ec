#include "templatedialog.h"

#include "model/maptemplates.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace stagecraft {

TemplateDialog::TemplateDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New Map from Template"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QListWidget(this);
    for (const QString &name : MapTemplates::names()) {
        auto *item = new QListWidgetItem(MapTemplates::title(name), m_list);
        item->setData(Qt::UserRole, name);
        item->setToolTip(MapTemplates::description(name));
    }
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setMinimumHeight(48);
    m_title = new QLineEdit(tr("Untitled journey"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Map &title:"), m_title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create…"));
    layout->addWidget(new QLabel(tr("Start from:"), this));
    layout->addWidget(m_list);
    layout->addWidget(m_description);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        m_description->setText(row < 0 ? QString()
                                       : MapTemplates::description(m_list->item(row)->data(Qt::UserRole).toString()));
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_list->setCurrentRow(0);
    resize(460, 360);
}

QString TemplateDialog::templateName() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

QString TemplateDialog::mapTitle() const { return m_title->text().trimmed(); }

} // namespace stagecraft
