#include "openerror.h"

namespace stagecraft {

int exitCodeFor(OpenProblem problem)
{
    switch (problem) {
    case OpenProblem::None: return 0;
    case OpenProblem::NotFound: return 3;
    case OpenProblem::NotSqlite: return 4;
    case OpenProblem::NotStagecraft: return 5;
    case OpenProblem::NewerVersion: return 6;
    case OpenProblem::Damaged: return 7;
    case OpenProblem::UnexpectedSchema: return 8;
    case OpenProblem::Locked: return 9;
    case OpenProblem::MigrationFailed: return 10;
    }
    return 7;
}

} // namespace stagecraft
