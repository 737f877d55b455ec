#include "journeycsv.h"

#include "csvimport.h"
#include "isodate.h"
#include "mapbuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <array>

namespace stagecraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("JourneyCsv", text); }

enum Column {
    Key, PhaseCol, StageCol, LaneCol, LaneKindCol, Title, OwnerCol, Accountable, Channel,
    ProcessingTime, Emotion, Pain, Description, LastReviewed, Evidence, ColumnCount
};
// The header the writer uses; the reader matches it case-insensitively.
constexpr std::array<const char *, ColumnCount> columnNames{
    "Key", "Phase", "Stage", "Lane", "Lane kind", "Title", "Owner", "Accountable", "Channel",
    "Processing time", "Emotion", "Pain", "Description", "Last reviewed", "Evidence"};
constexpr std::array requiredColumns{PhaseCol, StageCol, LaneCol, Title};

[[noreturn]] void reject(int line, Column column, const QString &problem)
{
    rejectCell(line, columnNames[column], problem);
}

std::optional<LaneKind> laneKindFromText(const QString &text)
{
    for (int k = int(LaneKind::Customer); k <= int(LaneKind::Notes); ++k) {
        const auto kind = LaneKind(k);
        if (text.compare(laneKindName(kind), Qt::CaseInsensitive) == 0 ||
            text.compare(laneKindTitle(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

// Reads the rows into the builder; remembers where each lane, accountable
// person and key first appeared so a contradiction can name both lines.
class RowReader {
public:
    explicit RowReader(const std::vector<int> &index) : m_index(index) {}

    void read(const CsvTable::Row &row)
    {
        m_row = &row;
        const int line = row.line;
        const QString laneName = required(LaneCol);
        const StageId stage = m_builder.stage(m_builder.phase(required(PhaseCol)), required(StageCol));
        Touchpoint tp;
        tp.stage = stage;
        tp.lane = lane(laneName);
        tp.title = required(Title);
        tp.key = cell(Key);
        if (!tp.key.isEmpty() && m_keys.contains(tp.key))
            reject(line, Key, tr("%1 is already the key of line %2").arg(csvQuoted(tp.key)).arg(m_keys.value(tp.key)));
        m_keys.insert(tp.key, line);
        tp.owner = owner();
        tp.channel = cell(Channel);
        if (const QString text = cell(ProcessingTime); !text.isEmpty()) {
            tp.processingTime = Duration::fromIso(text);
            if (!tp.processingTime)
                reject(line, ProcessingTime, tr("%1 is not a duration such as P3D, PT4H or P1DT12H").arg(csvQuoted(text)));
        }
        if (const QString text = cell(Emotion); !text.isEmpty()) {
            bool ok = false;
            const int emotion = text.toInt(&ok);
            if (!ok || emotion < Touchpoint::MinEmotion || emotion > Touchpoint::MaxEmotion)
                reject(line, Emotion, tr("%1 is not a whole number from -2 to +2").arg(csvQuoted(text)));
            tp.emotion = emotion;
        }
        tp.pain = pain();
        tp.description = cell(Description);
        if (const QString text = cell(LastReviewed); !text.isEmpty()) {
            tp.lastReviewed = parseIsoDate(text);
            if (!tp.lastReviewed)
                reject(line, LastReviewed, tr("%1 is not a date YYYY-MM-DD").arg(csvQuoted(text)));
        }
        for (const QString &quote : cell(Evidence).split(QLatin1Char('\n')))
            if (!quote.trimmed().isEmpty())
                tp.evidence << quote.trimmed();
        m_builder.addTouchpoint(tp);
    }

    JourneyMap finish() { return m_builder.finish(); }

private:
    QString cell(Column c) const { return m_index[c] < 0 ? QString() : m_row->fields[m_index[c]].trimmed(); }
    QString required(Column c) const
    {
        const QString text = cell(c);
        if (text.isEmpty())
            reject(m_row->line, c, tr("is empty"));
        return text;
    }

    LaneId lane(const QString &name)
    {
        const QString kindText = cell(LaneKindCol);
        std::optional<LaneKind> kind;
        if (!kindText.isEmpty() && !(kind = laneKindFromText(kindText)))
            reject(m_row->line, LaneKindCol, tr("%1 is not a lane kind (customer, front-stage, on-stage, back-stage, "
                                                "support, evidence, notes)").arg(csvQuoted(kindText)));
        if (const Lane *existing = m_builder.lane(name)) {
            if (kind && *kind != existing->kind)
                reject(m_row->line, LaneKindCol, tr("lane %1 is %2 since line %3").arg(csvQuoted(name), laneKindName(existing->kind))
                                                     .arg(m_laneLines.value(name)));
            return existing->id;
        }
        if (!kind && m_index[LaneKindCol] >= 0)
            reject(m_row->line, LaneKindCol, tr("is empty where lane %1 first appears").arg(csvQuoted(name)));
        m_laneLines.insert(name, m_row->line);
        return m_builder.addLane(name, kind.value_or(LaneKind::FrontStage));
    }

    std::optional<OwnerId> owner()
    {
        const QString name = cell(OwnerCol);
        const QString accountable = cell(Accountable);
        if (name.isEmpty()) {
            if (!accountable.isEmpty())
                reject(m_row->line, Accountable, tr("names %1 but the row has no owner").arg(csvQuoted(accountable)));
            return std::nullopt; // never invented: the analysis flags it
        }
        Owner &o = m_builder.ownerById(m_builder.owner(name));
        if (!accountable.isEmpty()) {
            if (!o.accountable.isEmpty() && o.accountable != accountable)
                reject(m_row->line, Accountable, tr("%1 is accountable for %2 since line %3")
                                                     .arg(csvQuoted(o.accountable), csvQuoted(name))
                                                     .arg(m_accountableLines.value(name)));
            if (o.accountable.isEmpty())
                m_accountableLines.insert(name, m_row->line);
            o.accountable = accountable;
        }
        return o.id;
    }

    bool pain() const
    {
        const QString text = cell(Pain).toLower();
        static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                     QStringLiteral("1"), QStringLiteral("x")};
        static const QStringList no{QString(), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                    QStringLiteral("0")};
        if (!yes.contains(text) && !no.contains(text))
            reject(m_row->line, Pain, tr("%1 is not yes or no").arg(csvQuoted(cell(Pain))));
        return yes.contains(text);
    }

    const std::vector<int> &m_index;
    const CsvTable::Row *m_row = nullptr;
    MapBuilder m_builder;
    QHash<QString, int> m_laneLines, m_accountableLines, m_keys;
};

} // namespace

ImportResult readJourneyCsv(const QByteArray &csv)
{
    const CsvImport import{QStringList(columnNames.begin(), columnNames.end()),
                           QList<int>(requiredColumns.begin(), requiredColumns.end()), tr("the file has no touchpoint rows")};
    return import.run(csv, [](const CsvTable &table, const std::vector<int> &index) {
        RowReader reader(index);
        for (const CsvTable::Row &row : table.rows)
            reader.read(row);
        return reader.finish();
    });
}

QByteArray writeJourneyCsv(const JourneyMap &map)
{
    QByteArray out = CsvTable::line(QStringList(columnNames.begin(), columnNames.end()));
    // Lane by lane, each lane left to right: the reader creates lanes and
    // stages in order of first appearance, so this keeps the lane order, and
    // the stage order too wherever the top lane (usually the customer's) has
    // a card in every stage.
    std::vector<const Touchpoint *> cards;
    for (const Touchpoint &t : map.touchpoints)
        cards.push_back(&t);
    std::stable_sort(cards.begin(), cards.end(), [&](const Touchpoint *a, const Touchpoint *b) {
        return std::pair(map.laneIndex(a->lane), map.stageIndex(a->stage)) <
               std::pair(map.laneIndex(b->lane), map.stageIndex(b->stage));
    });
    for (const Touchpoint *t : cards) {
        const Stage *stage = map.stage(t->stage);
        const Lane *lane = map.lane(t->lane);
        const Owner *owner = t->owner ? map.owner(*t->owner) : nullptr;
        out += CsvTable::line({
            t->key, map.phase(stage->phase)->name, stage->name, lane->name, laneKindName(lane->kind), t->title,
            owner ? owner->name : QString(), owner ? owner->accountable : QString(), t->channel,
            t->processingTime ? t->processingTime->toIso() : QString(),
            t->emotion ? QString::number(*t->emotion) : QString(), t->pain ? QStringLiteral("yes") : QString(),
            t->description, t->lastReviewed ? t->lastReviewed->toString(Qt::ISODate) : QString(),
            t->evidence.join(QLatin1Char('\n'))});
    }
    return out;
}

} // namespace stagecraft
