// stagecraft-fuzz-replay TARGET PATH…: feeds every file (or every file in
// every folder) to a fuzz target, as libFuzzer would, with no libFuzzer and
// no clang. ctest replays the committed corpora with it.
#include "fuzztargets.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

using namespace stagecraft;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const fuzz::Target run = args.isEmpty() ? nullptr : fuzz::target(args.first());
    if (!run) {
        std::fprintf(stderr, "usage: stagecraft-fuzz-replay {%s} PATH...\n",
                     qPrintable(fuzz::targetNames().join(QLatin1Char('|'))));
        return 2;
    }
    int replayed = 0;
    for (const QString &path : args.mid(1)) {
        QStringList files{path};
        if (QFileInfo(path).isDir()) {
            files.clear();
            for (const QString &name : QDir(path).entryList(QDir::Files | QDir::Hidden, QDir::Name))
                files << QDir(path).filePath(name);
        }
        for (const QString &file : files) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(file));
                return 1;
            }
            const QByteArray data = f.readAll();
            run(reinterpret_cast<const uint8_t *>(data.constData()), size_t(data.size()));
            ++replayed;
        }
    }
    std::printf("%s: %d inputs replayed, no crash\n", qPrintable(args.first()), replayed);
    return replayed > 0 ? 0 : 1;
}
