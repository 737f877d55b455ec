#pragma once

#include "exportchoices.h"

#include <QDialog>

class QComboBox;
class QSpinBox;

namespace stagecraft {

// Asks how to export a map (format, paper, department, resolution),
// starting from the last choices and remembering the new ones on OK.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    // `departments`: the map's owners, for a department head's copy.
    explicit ExportDialog(const QStringList &departments, QWidget *parent = nullptr);

    ExportChoices choices() const;
    void setChoices(const ExportChoices &choices);
    void accept() override;

    QComboBox *formatCombo() const { return m_format; }
    QComboBox *pageSizeCombo() const { return m_pageSize; }
    QComboBox *orientationCombo() const { return m_orientation; }
    QComboBox *layoutCombo() const { return m_layout; }
    QComboBox *departmentCombo() const { return m_department; }
    QSpinBox *dpiSpin() const { return m_dpi; }

private:
    void updateEnabled();

    QComboBox *m_format = nullptr;
    QComboBox *m_pageSize = nullptr;
    QComboBox *m_orientation = nullptr;
    QComboBox *m_layout = nullptr;
    QComboBox *m_department = nullptr;
    QSpinBox *m_dpi = nullptr;
};

} // namespace stagecraft
