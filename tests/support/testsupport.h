#pragma once

#include "model/journeydocument.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace stagecraft::test {

// A scratch folder per test, removed afterwards.
class Scratch {
public:
    Scratch();
    QString path(const QString &name) const;

private:
    QTemporaryDir m_dir;
};

// A small, valid map with two phases, three stages, four lanes (customer,
// front-stage, on-stage, back-stage), two owners, five cards and four links.
JourneyMap smallMap();

// Creates `name` in `scratch` holding `map`, and opens it.
std::unique_ptr<JourneyDocument> createDocument(const Scratch &scratch, const JourneyMap &map,
                                                const QString &name = QStringLiteral("map.journey"));

QByteArray readBytes(const QString &path);
void writeBytes(const QString &path, const QByteArray &bytes);
QString sourcePath(const QString &relative); // a file in the source tree

// Runs stagecraft-cli with `arguments`; returns its exit code.
struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};
CliResult runCli(const QStringList &arguments);

} // namespace stagecraft::test
