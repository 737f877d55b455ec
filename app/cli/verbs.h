#pragma once

#include "model/journeydocument.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

namespace stagecraft::cli {

// One command of stagecraft-cli: `stagecraft-cli NAME ARGS…`.
struct Verb {
    const char *name;
    const char *usage;   // "new --template NAME FILE"
    const char *summary; // one line for the overview
    std::function<int(const QStringList &arguments)> run; // arguments[0] is the verb
};

const QList<Verb> &verbs();
const Verb &verb(const char *name); // one of verbs(), by name

QTextStream &out();
// Prints the one-line error every failure prints ("stagecraft-cli: …") and
// returns `code`, so a verb can `return fail(…)`.
int fail(int code, const QString &message);

// Parses a verb's arguments. Returns -1 to go on, or the exit code to return
// at once (after --help, or a usage error already printed).
int parse(QCommandLineParser &parser, const QStringList &arguments, const Verb &verb, int positionalCount);

// Opens a map for reading, or prints why not; `exitCode` is then set.
std::unique_ptr<JourneyDocument> openMap(const QString &path, int &exitCode);

int runNew(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);

} // namespace stagecraft::cli
