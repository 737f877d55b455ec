#include "welcomewidget.h"

#include "recentfiles.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace stagecraft {

WelcomeWidget::WelcomeWidget(RecentFiles *recent, bool exampleAvailable, QWidget *parent)
    : QWidget(parent), m_recent(recent)
{
    setObjectName(QStringLiteral("WelcomeWidget"));
    setAttribute(Qt::WA_StyledBackground);
    setStyleSheet(QStringLiteral("#WelcomeWidget { background: #f4f6f9; }"
                                 "QPushButton { padding: 10px 18px; font-size: 11pt; text-align: left; }"));
    auto *outer = new QVBoxLayout(this);
    auto *column = new QVBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/stagecraft/icons/stagecraft.svg")).pixmap(96, 96));
    auto *title = new QLabel(tr("Stagecraft"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    title->setFont(big);
    auto *subtitle = new QLabel(tr("Map the customer's journey and see where silos break it."), this);
    auto *newButton = new QPushButton(tr("New map from a template…"), this);
    auto *openButton = new QPushButton(tr("Open a map…"), this);
    auto *exampleButton = new QPushButton(tr("Open the example: broadband, from first click to first repair"), this);
    exampleButton->setVisible(exampleAvailable);
    m_recentList = new QListWidget(this);
    m_recentList->setMaximumHeight(160);
    m_recentList->setFrameShape(QFrame::NoFrame);
    m_recentList->setStyleSheet(QStringLiteral("background: transparent;"));

    column->addWidget(icon);
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(18);
    column->addWidget(newButton);
    column->addWidget(openButton);
    column->addWidget(exampleButton);
    column->addSpacing(18);
    column->addWidget(new QLabel(tr("<b>Recent maps</b>"), this));
    column->addWidget(m_recentList);
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addLayout(column);
    row->addStretch();
    outer->addStretch();
    outer->addLayout(row);
    outer->addStretch(2);

    connect(newButton, &QPushButton::clicked, this, &WelcomeWidget::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomeWidget::openRequested);
    connect(exampleButton, &QPushButton::clicked, this, &WelcomeWidget::exampleRequested);
    connect(m_recentList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        if (const QString path = item->data(Qt::UserRole).toString(); !path.isEmpty())
            Q_EMIT recentRequested(path);
    });
    connect(m_recent, &RecentFiles::changed, this, &WelcomeWidget::refreshRecent);
    refreshRecent();
}

void WelcomeWidget::refreshRecent()
{
    m_recentList->clear();
    for (const QString &path : m_recent->files()) {
        auto *item = new QListWidgetItem(QFileInfo(path).completeBaseName(), m_recentList);
        item->setToolTip(path);
        item->setData(Qt::UserRole, path);
    }
    if (m_recentList->count() == 0)
        new QListWidgetItem(tr("None yet"), m_recentList);
}

} // namespace stagecraft
