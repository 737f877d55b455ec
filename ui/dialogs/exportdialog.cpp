#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace stagecraft {

namespace {

void select(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}

} // namespace

ExportDialog::ExportDialog(const QStringList &departments, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Export Map"));
    using Format = ExportChoices::Format;

    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF document"), int(Format::Pdf));
    m_format->addItem(tr("SVG drawing"), int(Format::Svg));
    m_format->addItem(tr("PNG image"), int(Format::Png));
    m_format->addItem(tr("JSON (for other tools)"), int(Format::Json));
    m_format->addItem(tr("CSV spreadsheet"), int(Format::Csv));

    m_pageSize = new QComboBox(this);
    for (const QPageSize::PageSizeId id : {QPageSize::A4, QPageSize::A3, QPageSize::Letter, QPageSize::Tabloid})
        m_pageSize->addItem(QPageSize::name(id), int(id));

    m_orientation = new QComboBox(this);
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));

    m_layout = new QComboBox(this);
    m_layout->addItem(tr("Fit the map on one page"), false);
    m_layout->addItem(tr("Tile at full size (poster)"), true);

    m_department = new QComboBox(this);
    m_department->addItem(tr("All departments"), QString());
    for (const QString &name : departments)
        m_department->addItem(name, name);
    m_department->setToolTip(tr("A department head's copy: its cards highlighted, the others faded, "
                                "only its findings listed."));

    m_dpi = new QSpinBox(this);
    m_dpi->setRange(10, 1200);
    m_dpi->setSingleStep(50);
    m_dpi->setSuffix(tr(" dpi"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Page size:"), m_pageSize);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("&Layout:"), m_layout);
    form->addRow(tr("&Department:"), m_department);
    form->addRow(tr("&Resolution:"), m_dpi);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    setChoices(ExportChoices::load());
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);
}

ExportChoices ExportDialog::choices() const
{
    ExportChoices c;
    c.format = ExportChoices::Format(m_format->currentData().toInt());
    c.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    c.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    c.tile = m_layout->currentData().toBool();
    c.department = m_department->currentData().toString();
    c.dpi = m_dpi->value();
    return c;
}

void ExportDialog::setChoices(const ExportChoices &c)
{
    select(m_format, int(c.format));
    select(m_pageSize, int(c.pageSize));
    select(m_orientation, int(c.orientation));
    select(m_layout, c.tile);
    select(m_department, c.department); // a department this map lacks falls back to all
    m_dpi->setValue(c.dpi);
    updateEnabled();
}

void ExportDialog::accept()
{
    choices().save();
    QDialog::accept();
}

void ExportDialog::updateEnabled()
{
    // Paper applies to the PDF only: SVG and PNG hold the whole map on one sheet.
    using Format = ExportChoices::Format;
    const Format f = ExportChoices::Format(m_format->currentData().toInt());
    const bool paper = f == Format::Pdf;
    const bool drawn = paper || f == Format::Svg || f == Format::Png;
    m_pageSize->setEnabled(paper);
    m_orientation->setEnabled(paper);
    m_layout->setEnabled(paper);
    m_department->setEnabled(drawn && m_department->count() > 1);
    m_dpi->setEnabled(f == Format::Png);
}

} // namespace stagecraft
