#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace stagecraft {

class RecentFiles;

// What the window shows when no map is open: start a map, open one, or the example.
class WelcomeWidget : public QWidget {
    Q_OBJECT

public:
    WelcomeWidget(RecentFiles *recent, bool exampleAvailable, QWidget *parent = nullptr);

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void exampleRequested();
    void recentRequested(const QString &path);

private:
    void refreshRecent();

    RecentFiles *m_recent;
    QListWidget *m_recentList = nullptr;
};

} // namespace stagecraft
