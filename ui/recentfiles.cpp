#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace stagecraft {

namespace {
const char *const Key = "recentFiles";
}

RecentFiles::RecentFiles(QObject *parent) : QObject(parent) {}

QStringList RecentFiles::files() const
{
    QStringList out;
    for (const QString &f : QSettings().value(QLatin1String(Key)).toStringList())
        if (QFileInfo::exists(f))
            out << f;
    return out;
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = QSettings().value(QLatin1String(Key)).toStringList();
    list.removeAll(absolute);
    list.prepend(absolute);
    while (list.size() > MaxFiles)
        list.removeLast();
    QSettings().setValue(QLatin1String(Key), list);
    Q_EMIT changed();
}

void RecentFiles::clear()
{
    QSettings().remove(QLatin1String(Key));
    Q_EMIT changed();
}

} // namespace stagecraft
