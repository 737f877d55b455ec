#pragma once

#include "mapselection.h"
#include "model/journeydocument.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace stagecraft {

// The name of a selected phase, stage or lane, and a lane's kind.
class HeaderForm : public QWidget {
    Q_OBJECT

public:
    explicit HeaderForm(QWidget *parent = nullptr);

    void setElement(JourneyDocument *doc, const MapSelection &selection);
    void refresh();

private:
    void commitName();
    void commitKind();

    JourneyDocument *m_doc = nullptr;
    MapSelection::Kind m_kind = MapSelection::Kind::None;
    qint64 m_id = 0;
    QLabel *m_what = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_laneKind = nullptr;
    QLabel *m_laneKindLabel = nullptr;
};

} // namespace stagecraft
