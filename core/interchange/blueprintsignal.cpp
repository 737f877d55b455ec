#include "blueprintsignal.h"

#include "csvimport.h"
#include "mapbuilder.h"

#include <QCoreApplication>
#include <algorithm>
#include <array>
#include <numeric>

namespace stagecraft {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("BlueprintSignal", text); }

enum Column { StageCol, Layer, WhatHappens, Responsible, Minutes, EvidenceStatus, EvidenceNote, ColumnCount };
constexpr std::array<const char *, ColumnCount> columnNames{
    "Stage", "Service layer", "What happens", "Responsible person or team", "Time in minutes", "Evidence status",
    "Evidence note"};

// Blueprint Signal's five layers, top to bottom, and the lane kind of each.
struct LayerKind {
    const char *layer;
    LaneKind kind;
};
constexpr std::array layers{
    LayerKind{"Customer actions", LaneKind::Customer},
    LayerKind{"Visible staff / technology", LaneKind::OnStage},
    LayerKind{"Backstage actions", LaneKind::BackStage},
    LayerKind{"Support processes", LaneKind::Support},
    LayerKind{"Physical / digital evidence", LaneKind::Evidence},
};

[[noreturn]] void reject(int line, Column column, const QString &problem)
{
    rejectCell(line, columnNames[column], problem);
}

} // namespace

bool looksLikeBlueprintSignal(const QByteArray &csv)
{
    const CsvTable table = CsvTable::parse(csv.left(csv.indexOf('\n') + 1));
    return table.header.contains(QLatin1String(columnNames[Layer]), Qt::CaseInsensitive) &&
           table.header.contains(QLatin1String(columnNames[WhatHappens]), Qt::CaseInsensitive);
}

ImportResult readBlueprintSignal(const QByteArray &csv)
{
    QList<int> every(ColumnCount);
    std::iota(every.begin(), every.end(), 0); // Blueprint Signal always writes every column
    const CsvImport import{QStringList(columnNames.begin(), columnNames.end()), every, tr("the file has no rows")};
    return import.run(csv, [](const CsvTable &table, const std::vector<int> &index) {
        MapBuilder builder;
        // Every layer's lane, even an empty one, so the map reads as the blueprint did.
        std::array<LaneId, layers.size()> lanes;
        for (size_t l = 0; l < layers.size(); ++l)
            lanes[l] = builder.addLane(QLatin1String(layers[l].layer), layers[l].kind);
        const PhaseId phase = builder.phase(tr("Journey"));
        for (const CsvTable::Row &row : table.rows) {
            auto cell = [&](Column c) { return row.fields[index[c]].trimmed(); };
            Touchpoint tp;
            const QString stage = cell(StageCol);
            if (stage.isEmpty())
                reject(row.line, StageCol, tr("is empty"));
            tp.stage = builder.stage(phase, stage);
            const QString layer = cell(Layer);
            const auto it = std::find_if(layers.begin(), layers.end(), [&](const LayerKind &l) {
                return layer.compare(QLatin1String(l.layer), Qt::CaseInsensitive) == 0;
            });
            if (it == layers.end())
                reject(row.line, Layer, tr("%1 is not one of Blueprint Signal's layers (Customer actions, Visible "
                                           "staff / technology, Backstage actions, Support processes, Physical / "
                                           "digital evidence)").arg(csvQuoted(layer)));
            tp.lane = lanes[size_t(it - layers.begin())];
            tp.title = cell(WhatHappens);
            if (tp.title.isEmpty())
                reject(row.line, WhatHappens, tr("is empty"));
            if (const QString who = cell(Responsible); !who.isEmpty())
                tp.owner = builder.owner(who); // blank stays unowned: never invented
            if (const QString minutes = cell(Minutes); !minutes.isEmpty()) {
                bool ok = false;
                const qint64 m = minutes.toLongLong(&ok);
                if (!ok || m < 0 || m > Duration::MaxMinutes)
                    reject(row.line, Minutes, tr("%1 is not a whole number of minutes").arg(csvQuoted(minutes)));
                tp.processingTime = Duration::fromMinutes(m);
            }
            // The status says how sure the step is, so it stays on the card;
            // the note is the evidence itself.
            if (const QString status = cell(EvidenceStatus); !status.isEmpty())
                tp.description = tr("Evidence status: %1").arg(status);
            if (const QString note = cell(EvidenceNote); !note.isEmpty())
                tp.evidence << note;
            builder.addTouchpoint(tp);
        }
        return builder.finish();
    });
}

} // namespace stagecraft
