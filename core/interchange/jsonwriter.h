#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

namespace stagecraft {

// Writes JSON straight into one buffer, in the layout the file format spec
// shows: two-space indent, one member or item per line, empty containers as
// {} and []. QJsonDocument would sort the keys; a tree of values built first
// would cost an allocation per key and value, and export runs on every save
// of a large map (and on every fuzz input).
class JsonWriter {
public:
    void beginObject() { open('{', false); }
    void beginArray() { open('[', true); }
    void end();

    // Inside an object: the key of the value written next.
    void key(const char *name);

    void text(const QString &value);
    void number(qint64 value);
    void boolean(bool value);
    void member(const char *name, const QString &value) { key(name); text(value); }

    // The text written, ending with a newline.
    QByteArray finish();

private:
    struct Level {
        bool isArray;
        bool empty = true;
    };
    void open(char bracket, bool isArray);
    void startItem(); // a new line for the next member or item
    void beforeValue();
    void indent(size_t depth) { m_out.append(qsizetype(2 * depth), ' '); }

    QByteArray m_out;
    std::vector<Level> m_levels;
};

} // namespace stagecraft
