#pragma once

#include <QString>

namespace stagecraft {

// Why a map file could not be opened, in the order the checks run. Each has
// its own message and its own exit code for the command-line tool.
enum class OpenProblem {
    None = 0,
    NotFound,         // no such file, or not readable
    NotSqlite,        // empty, or not a SQLite database at all
    NotStagecraft,    // a SQLite database, but another program's
    NewerVersion,     // written by a newer Stagecraft
    Damaged,          // truncated or corrupted
    UnexpectedSchema, // altered by hand: triggers, views, missing tables
    Locked,           // another program holds a lock on it
    MigrationFailed,  // an older map that could not be brought up to date
};

struct OpenError {
    OpenProblem problem = OpenProblem::None;
    QString message; // one sentence, for a dialog or a CLI line

    explicit operator bool() const { return problem != OpenProblem::None; }
};

// The CLI's exit code for each problem; documented in `stagecraft-cli --help`.
int exitCodeFor(OpenProblem problem);

} // namespace stagecraft
