#pragma once

#include <QString>

namespace stagecraft::killtest {

// The child: opens `path` and edits it with the seeded script until killed,
// printing "committed N <digest> | <edit>" (flushed) once edit N has returned
// (in the file, safe against a crash of the child), then "durable N" once the
// file's log is synced to the disk (safe against a power cut too).
int runChild(const QString &path, quint64 seed, int maxSteps);

} // namespace stagecraft::killtest
