#pragma once

#include <QObject>
#include <QStringList>

namespace stagecraft {

// The most recently opened maps, newest first, kept in QSettings.
class RecentFiles : public QObject {
    Q_OBJECT

public:
    static constexpr int MaxFiles = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const; // only those that still exist
    void add(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();
};

} // namespace stagecraft
