#include "migrations.h"

#include "sqlite.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>

namespace stagecraft {

QStringList Migrations::scripts()
{
    static const QStringList names = [] {
        QStringList found = QDir(QStringLiteral(":/stagecraft/migrations"))
                                .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        for (QString &n : found)
            n.prepend(QStringLiteral(":/stagecraft/migrations/"));
        return found;
    }();
    return names;
}

int Migrations::latestVersion() { return int(scripts().size()); }

QStringList Migrations::expectedTables()
{
    return {QStringLiteral("map"), QStringLiteral("phase"), QStringLiteral("stage"), QStringLiteral("lane"),
            QStringLiteral("owner"), QStringLiteral("touchpoint"), QStringLiteral("link")};
}

QStringList Migrations::expectedColumns(int version, const QString &table)
{
    static QMutex mutex;
    static QHash<QPair<int, QString>, QStringList> cache;
    const QMutexLocker lock(&mutex);
    if (!cache.contains({version, table})) {
        SqliteDb scratch(QStringLiteral(":memory:"), SqliteDb::Mode::Create);
        const QStringList all = scripts();
        for (int v = 1; v <= version && v <= all.size(); ++v) {
            QFile script(all[v - 1]);
            if (script.open(QIODevice::ReadOnly))
                scratch.exec(QString::fromUtf8(script.readAll()));
        }
        for (const QString &t : expectedTables()) {
            Statement st(scratch.handle(), "SELECT name FROM pragma_table_info(?)");
            st.bind(1, t);
            QStringList columns;
            while (st.step())
                columns << st.text(0);
            cache.insert({version, t}, columns);
        }
    }
    return cache.value({version, table});
}

void Migrations::migrate(SqliteDb &db)
{
    const QStringList all = scripts();
    for (int version = int(db.pragmaInteger("user_version")) + 1; version <= all.size(); ++version) {
        QFile script(all[version - 1]);
        if (!script.open(QIODevice::ReadOnly))
            throw StorageError(QStringLiteral("migration script %1 is missing").arg(version), 0);
        const QString sql = QString::fromUtf8(script.readAll());
        Transaction tx(db);
        db.exec(sql);
        db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version));
        tx.commit();
    }
}

} // namespace stagecraft
