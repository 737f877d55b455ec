#pragma once

#include "model/journeydocument.h"

#include <QString>
#include <random>

namespace stagecraft::killtest {

// A seeded, endless sequence of edits through the editing facade: the same
// seed on the same starting file makes the same edits, so the driver can
// replay what a killed child was doing.
class EditScript {
public:
    explicit EditScript(quint64 seed) : m_random(seed) {}

    // Makes one edit (or a refused one: the file is then unchanged) and
    // returns what it did, for the log. Side files (the copy and the
    // imported map) go into `sideDir`.
    QString step(JourneyDocument &doc, const QString &sideDir);

private:
    int below(int n) { return n > 0 ? int(m_random() % quint64(n)) : 0; }
    template <typename T>
    const T *pick(const std::vector<T> &items) { return items.empty() ? nullptr : &items[below(int(items.size()))]; }

    QString addCard(JourneyDocument &doc);
    QString moveCard(JourneyDocument &doc);
    QString renameCard(JourneyDocument &doc);
    QString deleteCards(JourneyDocument &doc);
    QString addLink(JourneyDocument &doc);
    QString removeLink(JourneyDocument &doc);
    QString assignOwner(JourneyDocument &doc);
    QString addStage(JourneyDocument &doc);
    QString retitleMap(JourneyDocument &doc);
    QString undoRedo(JourneyDocument &doc, bool undo);
    QString saveCopy(JourneyDocument &doc, const QString &sideDir);
    QString importCopy(JourneyDocument &doc, const QString &sideDir);

    std::mt19937_64 m_random;
    int m_steps = 0;
};

} // namespace stagecraft::killtest
