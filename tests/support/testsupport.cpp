#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>

namespace stagecraft::test {

Scratch::Scratch() { m_dir.setAutoRemove(true); }

QString Scratch::path(const QString &name) const { return m_dir.filePath(name); }

JourneyMap smallMap()
{
    JourneyMap m;
    m.info.title = QStringLiteral("Small test map");
    m.info.description = QStringLiteral("For tests");
    m.phases = {{PhaseId(1), QStringLiteral("p1"), QStringLiteral("Buy")},
                {PhaseId(2), QStringLiteral("p2"), QStringLiteral("Use")}};
    m.stages = {{StageId(1), QStringLiteral("s1"), PhaseId(1), QStringLiteral("Compare")},
                {StageId(2), QStringLiteral("s2"), PhaseId(1), QStringLiteral("Order")},
                {StageId(3), QStringLiteral("s3"), PhaseId(2), QStringLiteral("Set up")}};
    m.lanes = {{LaneId(1), QStringLiteral("l1"), QStringLiteral("Customer"), LaneKind::Customer},
               {LaneId(2), QStringLiteral("l2"), QStringLiteral("Channels"), LaneKind::FrontStage},
               {LaneId(3), QStringLiteral("l3"), QStringLiteral("Staff"), LaneKind::OnStage},
               {LaneId(4), QStringLiteral("l4"), QStringLiteral("Back office"), LaneKind::BackStage}};
    m.owners = {{OwnerId(1), QStringLiteral("o1"), QStringLiteral("Sales"), QColor(0xf0a030), QStringLiteral("Ana")},
                {OwnerId(2), QStringLiteral("o2"), QStringLiteral("Operations"), QColor(0x3b7dd8), QString()}};
    auto card = [](qint64 id, qint64 stage, qint64 lane, const char *title, std::optional<qint64> owner) {
        Touchpoint t;
        t.id = TouchpointId(id);
        t.key = QStringLiteral("t%1").arg(id);
        t.stage = StageId(stage);
        t.lane = LaneId(lane);
        t.title = QLatin1String(title);
        if (owner)
            t.owner = OwnerId(*owner);
        return t;
    };
    m.touchpoints = {card(1, 1, 1, "Reads reviews", std::nullopt), card(2, 1, 2, "Price page", 1),
                     card(3, 2, 2, "Order form", 1), card(4, 2, 4, "Fulfilment", 2),
                     card(5, 3, 3, "Install call", std::nullopt)};
    m.touchpoints[1].processingTime = Duration{30};
    m.touchpoints[2].emotion = -1;
    m.touchpoints[2].pain = true;
    m.touchpoints[2].evidence = {QStringLiteral("The form lost my address")};
    m.touchpoints[3].lastReviewed = QDate(2024, 3, 1);
    m.links = {{LinkId(1), QStringLiteral("k1"), TouchpointId(1), TouchpointId(2), LinkKind::Flow, {}, {}, {}},
               {LinkId(2), QStringLiteral("k2"), TouchpointId(2), TouchpointId(3), LinkKind::Flow, {}, {}, {}},
               {LinkId(3), QStringLiteral("k3"), TouchpointId(4), TouchpointId(3), LinkKind::Supports, {}, {}, {}},
               {LinkId(4), QStringLiteral("k4"), TouchpointId(3), TouchpointId(5), LinkKind::Handoff,
                Duration{2 * 1440}, Duration{5 * 1440}, QStringLiteral("by email")}};
    return m;
}

std::unique_ptr<JourneyDocument> createDocument(const Scratch &scratch, const JourneyMap &map, const QString &name)
{
    auto created = JourneyDocument::create(scratch.path(name), map);
    if (created.error)
        qFatal("could not create a test map: %s", qPrintable(created.error.message));
    return std::move(created.document);
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("could not write %s", qPrintable(path));
}

QString sourcePath(const QString &relative) { return QDir(QStringLiteral(STAGECRAFT_SOURCE_DIR)).filePath(relative); }

#ifdef STAGECRAFT_CLI
CliResult runCli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(STAGECRAFT_CLI), arguments);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}
#else
CliResult runCli(const QStringList &) { return {}; }
#endif

} // namespace stagecraft::test
