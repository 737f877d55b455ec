#pragma once

#include <QString>

namespace stagecraft::killtest {

// The child: opens `path` and edits it with the seeded script until killed,
// printing "durable N <digest> | <edit>" (flushed) once edit N is in the file.
int runChild(const QString &path, quint64 seed, int maxSteps);

} // namespace stagecraft::killtest
