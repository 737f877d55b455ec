#pragma once

#include "model/journeydocument.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace stagecraft {

class DurationEdit;

// Every field of one card; each edit is one call to the edit facade.
class TouchpointForm : public QWidget {
    Q_OBJECT

public:
    explicit TouchpointForm(QWidget *parent = nullptr);

    void setTouchpoint(JourneyDocument *doc, TouchpointId id);
    void refresh(); // re-read the card (after any change)

    QComboBox *ownerCombo() const { return m_owner; }
    QLineEdit *titleEdit() const { return m_title; }

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void commit(const std::function<void(Touchpoint &)> &change);
    void fillOwners(const JourneyMap &map, const Touchpoint &t);

    JourneyDocument *m_doc = nullptr;
    TouchpointId m_id;
    QLabel *m_where = nullptr;
    QLineEdit *m_title = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_channel = nullptr;
    QComboBox *m_owner = nullptr;
    DurationEdit *m_time = nullptr;
    QComboBox *m_emotion = nullptr;
    QCheckBox *m_pain = nullptr;
    QDateEdit *m_reviewed = nullptr;
    QPlainTextEdit *m_evidence = nullptr;
};

} // namespace stagecraft
