#pragma once

#include <QString>

namespace stagecraft {
class JourneyDocument;
}

namespace stagecraft::killtest {

// What a map file holds, in one short line: the card and link counts and a
// checksum of the titles for people, and a hash of every row (the document's
// dump, which leaves out the modified time) for the exact comparison.
struct StateDigest {
    int cards = 0;
    int links = 0;
    QString titles;
    QString rows;

    QString text() const;
    static StateDigest parse(const QString &text); // rows empty when unreadable
    bool operator==(const StateDigest &other) const { return rows == other.rows; }
};

StateDigest digestOf(const JourneyDocument &doc);

} // namespace stagecraft::killtest
