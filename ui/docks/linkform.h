#pragma once

#include "model/journeydocument.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace stagecraft {

class DurationEdit;

// The kind, agreed and waiting times and note of one link.
class LinkForm : public QWidget {
    Q_OBJECT

public:
    explicit LinkForm(QWidget *parent = nullptr);

    void setLink(JourneyDocument *doc, LinkId id);
    void refresh();

private:
    void commit(const std::function<void(Link &)> &change);

    JourneyDocument *m_doc = nullptr;
    LinkId m_id;
    QLabel *m_ends = nullptr;
    QComboBox *m_kind = nullptr;
    DurationEdit *m_agreed = nullptr;
    DurationEdit *m_wait = nullptr;
    QLineEdit *m_note = nullptr;
};

} // namespace stagecraft
