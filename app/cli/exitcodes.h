#pragma once

// The exit codes of stagecraft-cli, as `--help` documents them. Codes 3 to 10
// come from the open checks (storage/openerror.h).
namespace stagecraft::cli {

enum ExitCode {
    Ok = 0,
    FindingsFound = 1,   // check: something at or above --fail-on
    UsageError = 2,
    OutputExists = 11,   // refuses to overwrite without --force
    InvalidInput = 12,   // an import or argument value was rejected
    WriteFailed = 13,    // the output could not be written
};

} // namespace stagecraft::cli
