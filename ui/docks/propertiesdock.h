#pragma once

#include <QDockWidget>

class QLabel;
class QStackedWidget;

namespace stagecraft {

class HeaderForm;
class JourneyDocument;
class LinkForm;
class MapInfoForm;
class MapSelection;
class TouchpointForm;
struct ChangeEvent;

// Shows and edits whatever is selected: a card, a link, a header, or the map.
class PropertiesDock : public QDockWidget {
    Q_OBJECT

public:
    explicit PropertiesDock(QWidget *parent = nullptr);

    // Both may be null (no map open). Neither is owned.
    void setDocument(JourneyDocument *doc, MapSelection *selection);

    TouchpointForm *touchpointForm() const { return m_touchpoint; }

private:
    void showSelection();
    void showPage(QWidget *page);

    JourneyDocument *m_doc = nullptr;
    MapSelection *m_selection = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    TouchpointForm *m_touchpoint = nullptr;
    LinkForm *m_link = nullptr;
    HeaderForm *m_header = nullptr;
    MapInfoForm *m_info = nullptr;
};

} // namespace stagecraft
