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
#include <QVBoxLayout>

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
    // Forms sit at the top of the dock, not spread over its height.
    auto *page = new QWidget(this);
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_stack);
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
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

void PropertiesDock::showPage(QWidget *page)
{
    // Only the current page sizes the stack, so a short form is not spread
    // over the height of the tallest one.
    for (int i = 0; i < m_stack->count(); ++i) {
        QWidget *w = m_stack->widget(i);
        w->setSizePolicy(w == page ? QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum)
                                   : QSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored));
    }
    m_stack->setCurrentWidget(page);
    m_stack->adjustSize();
}

void PropertiesDock::showSelection()
{
    if (!m_doc || !m_selection) {
        m_empty->setText(tr("No map is open."));
        showPage(m_empty);
        return;
    }
    switch (m_selection->kind()) {
    case MapSelection::Kind::None:
        m_info->setDocument(m_doc);
        showPage(m_info);
        break;
    case MapSelection::Kind::Touchpoints:
        if (m_selection->touchpoints().size() == 1) {
            m_touchpoint->setTouchpoint(m_doc, m_selection->touchpoints().first());
            showPage(m_touchpoint);
        } else {
            m_empty->setText(tr("%n cards selected.", nullptr, int(m_selection->touchpoints().size())));
            showPage(m_empty);
        }
        break;
    case MapSelection::Kind::Link:
        m_link->setLink(m_doc, m_selection->link());
        showPage(m_link);
        break;
    case MapSelection::Kind::Phase:
    case MapSelection::Kind::Stage:
    case MapSelection::Kind::Lane:
        m_header->setElement(m_doc, *m_selection);
        showPage(m_header);
        break;
    }
}

} // namespace stagecraft
