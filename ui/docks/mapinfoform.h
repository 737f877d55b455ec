#pragma once

#include "model/journeydocument.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace stagecraft {

class DurationEdit;

// The map's title, description and analysis settings (nothing selected).
class MapInfoForm : public QWidget {
    Q_OBJECT

public:
    explicit MapInfoForm(QWidget *parent = nullptr);

    void setDocument(JourneyDocument *doc);
    void refresh();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void commit(const std::function<void(MapInfo &)> &change);

    JourneyDocument *m_doc = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QSpinBox *m_staleMonths = nullptr;
    DurationEdit *m_target = nullptr;
};

} // namespace stagecraft
