#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QLabel;

namespace stagecraft {

// Picks a starting template (MapTemplates) and the new map's title.
class TemplateDialog : public QDialog {
    Q_OBJECT

public:
    explicit TemplateDialog(QWidget *parent = nullptr);

    QString templateName() const;
    QString mapTitle() const;

private:
    QListWidget *m_list = nullptr;
    QLineEdit *m_title = nullptr;
    QLabel *m_description = nullptr;
};

} // namespace stagecraft
