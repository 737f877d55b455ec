#include "mermaidjourney.h"

#include "mapbuilder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace stagecraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("MermaidJourney", text); }

QString quoted(const QString &s) { return QLatin1Char('\'') + s + QLatin1Char('\''); }

// The statement on a line: comments (%%) and surrounding space removed.
QString statement(const QString &line)
{
    const qsizetype comment = line.indexOf(QLatin1String("%%"));
    return (comment < 0 ? line : line.left(comment)).trimmed();
}

} // namespace

bool looksLikeMermaidJourney(const QByteArray &text)
{
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const QString s = statement(line);
        if (!s.isEmpty())
            return s == QLatin1String("journey");
    }
    return false;
}

ImportResult readMermaidJourney(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return {std::nullopt, tr("the file is not UTF-8 text")};
    const QStringList lines = text.split(QLatin1Char('\n'));

    MapBuilder builder;
    bool started = false;
    std::optional<StageId> stage;
    std::optional<PhaseId> phase;
    LaneId lane;
    std::optional<TouchpointId> previous;
    for (int i = 0; i < lines.size(); ++i) {
        const int line = i + 1;
        const QString s = statement(lines[i]);
        if (s.isEmpty())
            continue;
        auto fail = [&](const QString &problem) {
            return ImportResult{std::nullopt, tr("line %1: %2").arg(line).arg(problem)};
        };
        if (!started) {
            if (s != QLatin1String("journey"))
                return fail(tr("a Mermaid journey starts with 'journey', not %1").arg(quoted(s)));
            started = true;
            continue;
        }
        const QString keyword = s.section(QLatin1Char(' '), 0, 0);
        const QString rest = s.section(QLatin1Char(' '), 1).trimmed();
        if (keyword == QLatin1String("title")) {
            builder.map().info.title = rest;
        } else if (keyword == QLatin1String("section")) {
            if (rest.isEmpty())
                return fail(tr("a section needs a name"));
            if (!phase) {
                phase = builder.phase(tr("Journey"));
                lane = builder.addLane(tr("Customer"), LaneKind::Customer);
            }
            stage = builder.stage(*phase, rest);
        } else if (keyword.startsWith(QLatin1String("accTitle")) || keyword.startsWith(QLatin1String("accDescr"))) {
            continue; // accessibility text for Mermaid's own renderer
        } else if (s.contains(QLatin1Char(':'))) {
            const QStringList parts = s.split(QLatin1Char(':'));
            const QString task = parts[0].trimmed();
            if (parts.size() > 3)
                return fail(tr("task %1 has more than two colons (name: score: actors)").arg(quoted(task)));
            if (task.isEmpty())
                return fail(tr("a task needs a name before its score"));
            if (!stage)
                return fail(tr("task %1 comes before any section").arg(quoted(task)));
            const QString scoreText = parts[1].trimmed();
            bool ok = false;
            const int score = scoreText.toInt(&ok);
            if (!ok || score < 1 || score > 5)
                return fail(tr("score %1 of task %2 is not a whole number from 1 to 5")
                                .arg(quoted(scoreText), quoted(task)));
            Touchpoint tp;
            tp.stage = *stage;
            tp.lane = lane;
            tp.title = task;
            tp.emotion = score - 3; // 1..5 onto -2..+2
            if (parts.size() == 3) {
                QStringList actors = parts[2].split(QLatin1Char(','), Qt::SkipEmptyParts);
                for (QString &a : actors)
                    a = a.trimmed();
                actors.removeAll(QString());
                if (!actors.isEmpty())
                    tp.description = tr("Actors: %1").arg(actors.join(QStringLiteral(", ")));
            }
            const TouchpointId id = builder.addTouchpoint(tp);
            // The diagram is the customer's path in order: keep it as flow links.
            if (previous)
                builder.addLink(*previous, id, LinkKind::Flow);
            previous = id;
        } else {
            return fail(tr("%1 is not a title, a section or a task (name: score: actors)").arg(quoted(s)));
        }
    }
    if (!started)
        return {std::nullopt, tr("line 1: the file is empty; a Mermaid journey starts with 'journey'")};
    if (!previous)
        return {std::nullopt, tr("line %1: the journey has no tasks").arg(lines.size())};
    JourneyMap map = builder.finish();
    if (const QStringList problems = map.problems(); !problems.isEmpty())
        return {std::nullopt, problems.first()};
    return {std::move(map), QString()};
}

} // namespace stagecraft
