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
    std::printf("durable 0 %s | opened\n", qPrintable(digestOf(doc).text()));
    std::fflush(stdout);
    EditScript script(seed);
    for (int n = 1; n <= maxSteps; ++n) {
        const QString what = script.step(doc, sideDir);
        // apply() has committed with synchronous=FULL when the facade returns:
        // from this line on, the file must hold this state.
        std::printf("durable %d %s | %s\n", n, qPrintable(digestOf(doc).text()), qPrintable(what));
        std::fflush(stdout);
    }
    return 0;
}

} // namespace stagecraft::killtest
