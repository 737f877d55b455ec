#include "propertiesdock.h"

#include "headerform.h"
#include "linkform.h"
#include "mapinfoform.h"
#include "mapselection.h"
#include "model/journeydocument.h"
#include "touchpointform.h"

#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>

namespace stagecraft {

PropertiesDock::PropertiesDock(QWidget *parent) : QDockWidget(tr("Properties"), parent)
{
    setObjectName(QStringLiteral("PropertiesDock"));
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(m_stack);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_touchpoint = new TouchpointForm(m_stack);
    m_link = new LinkForm(m_stack);
    m_header = new HeaderForm(m_stack);
    m_info = new MapInfoForm(m_stack);
    for (QWidget *w : {static_cast<QWidget *>(m_empty), static_cast<QWidget *>(m_touchpoint),
                       static_cast<QWidget *>(m_link), static_cast<QWidget *>(m_header), static_cast<QWidget *>(m_info)})
        m_stack->addWidget(w);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_stack);
    setWidget(scroll);
    setDocument(nullptr, nullptr);
}

void PropertiesDock::setDocument(JourneyDocument *doc, MapSelection *selection)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_doc = doc;
    m_selection = selection;
    if (m_doc)
        connect(m_doc, &JourneyDocument::changed, this, &PropertiesDock::showSelection);
    if (m_selection)
        connect(m_selection, &MapSelection::changed, this, &PropertiesDock::showSelection);
    showSelection();
}

void PropertiesDock::showSelection()
{
    if (!m_doc || !m_selection) {
        m_empty->setText(tr("No map is open."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    switch (m_selection->kind()) {
    case MapSelection::Kind::None:
        m_info->setDocument(m_doc);
        m_stack->setCurrentWidget(m_info);
        break;
    case MapSelection::Kind::Touchpoints:
        if (m_selection->touchpoints().size() == 1) {
            m_touchpoint->setTouchpoint(m_doc, m_selection->touchpoints().first());
            m_stack->setCurrentWidget(m_touchpoint);
        } else {
            m_empty->setText(tr("%n cards selected.", nullptr, int(m_selection->touchpoints().size())));
            m_stack->setCurrentWidget(m_empty);
        }
        break;
    case MapSelection::Kind::Link:
        m_link->setLink(m_doc, m_selection->link());
        m_stack->setCurrentWidget(m_link);
        break;
    case MapSelection::Kind::Phase:
    case MapSelection::Kind::Stage:
    case MapSelection::Kind::Lane:
        m_header->setElement(m_doc, *m_selection);
        m_stack->setCurrentWidget(m_header);
        break;
    }
}

} // namespace stagecraft
