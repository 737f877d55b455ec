#pragma once

#include <QString>
#include <optional>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace stagecraft {

// A failed SQLite call, with SQLite's own message and result code.
class StorageError : public std::runtime_error {
public:
    StorageError(const QString &message, int code);
    QString message() const { return m_message; }
    int code() const { return m_code; }

private:
    QString m_message;
    int m_code;
};

// A prepared statement; binds from 1, columns from 0, as SQLite does.
class Statement {
public:
    Statement(sqlite3 *db, const char *sql);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, std::optional<qint64> value);
    Statement &bindNull(int index);

    bool step(); // true while a row is available
    void run();  // executes to completion and resets for reuse
    void reset();

    bool isNull(int column) const;
    qint64 integer(int column) const;
    std::optional<qint64> optionalInteger(int column) const;
    QString text(int column) const;
    int columnCount() const;
    QString columnName(int column) const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

// One open SQLite connection, closed on destruction.
class SqliteDb {
public:
    // ReadOnlyImmutable: read-only, no lock and no side file (-wal, -shm,
    // -journal) ever made; only for a file nothing else writes meanwhile.
    enum class Mode { ReadOnly, ReadOnlyImmutable, ReadWrite, Create };

    SqliteDb(const QString &path, Mode mode);
    ~SqliteDb();
    SqliteDb(const SqliteDb &) = delete;
    SqliteDb &operator=(const SqliteDb &) = delete;

    sqlite3 *handle() const { return m_db; }
    void exec(const QString &sql);
    void exec(const char *sql);
    qint64 pragmaInteger(const char *pragma);
    // Refuses everything a hostile file could use to run code or corrupt
    // itself: triggers, views, untrusted schema functions, writable schema.
    void harden();
    [[noreturn]] void fail(const QString &context) const;

private:
    sqlite3 *m_db = nullptr;
};

// BEGIN IMMEDIATE on construction; rolls back unless commit() was called.
class Transaction {
public:
    explicit Transaction(SqliteDb &db);
    ~Transaction();
    void commit();

private:
    SqliteDb &m_db;
    bool m_open = true;
};

} // namespace stagecraft
