#include "killchild.h"

#include "editscript.h"
#include "statedigest.h"

#include <QFileInfo>
#include <cstdio>

namespace stagecraft::killtest {

int runChild(const QString &path, quint64 seed, int maxSteps)
{
    auto opened = JourneyDocument::open(path);
    if (!opened.document) {
        std::fprintf(stderr, "child: cannot open %s: %s\n", qPrintable(path), qPrintable(opened.error.message));
        return 3;
    }
    JourneyDocument &doc = *opened.document;
    const QString sideDir = QFileInfo(path).absolutePath();
    std::printf("committed 0 %s | opened\n", qPrintable(digestOf(doc).text()));
    std::fflush(stdout);
    EditScript script(seed);
    for (int n = 1; n <= maxSteps; ++n) {
        const QString what = script.step(doc, sideDir);
        // apply() has committed when the facade returns: the log's new frames
        // are in the OS's cache, which a SIGKILL cannot take back, so from
        // this line on the file must hold this state.
        std::printf("committed %d %s | %s\n", n, qPrintable(digestOf(doc).text()), qPrintable(what));
        std::fflush(stdout);
        // Only a synced log survives a power cut, which a SIGKILL cannot
        // show; this line says the sync has happened (or failed).
        std::printf("durable %d%s\n", n, doc.waitUntilDurable() ? "" : " failed: the log could not be synced");
        std::fflush(stdout);
    }
    return 0;
}

} // namespace stagecraft::killtest
