#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace cip::store {

/// Any failure of the store. The message names the database file and what SQLite said, so an
/// operator reading a log knows which file to look at.
class StoreError : public std::runtime_error {
 public:
  explicit StoreError(const QString& message);
  QString message() const { return QString::fromUtf8(what()); }
};

/// One prepared statement. Values are only ever bound, never pasted into SQL text.
class Statement {
 public:
  Statement(sqlite3* db, const QString& dbPath, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;

  Statement& bind(int index, const QString& value);   ///< a null QString binds SQL NULL
  Statement& bind(int index, qint64 value);
  Statement& bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
  Statement& bind(int index, double value);
  Statement& bind(int index, const std::optional<qint64>& value);
  Statement& bindNull(int index);

  /// Advances to the next row; false when there are no more rows.
  bool step();
  /// Runs a statement that returns no rows.
  void run();

  QString text(int column) const;
  qint64 integer(int column) const;
  double real(int column) const;
  bool isNull(int column) const;

 private:
  [[noreturn]] void fail(const char* what, const char* sql = nullptr) const;

  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  QString dbPath_;
};

/// An open SQLite database in WAL mode with foreign keys enforced.
class Database {
 public:
  enum class Mode { ReadWrite, ReadOnly };

  /// Opens (ReadWrite: creating if needed) and checks that the file really is a database.
  static std::unique_ptr<Database> open(const QString& path, Mode mode = Mode::ReadWrite);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// Whether each commit waits until it is on the disk (FULL, the default: it survives a power
  /// cut) or only until the operating system has it (NORMAL, in WAL mode: it survives a crash of
  /// the program, and the next FULL commit or checkpoint makes it power-safe too).
  enum class Synchronous { Full, Normal };
  void setSynchronous(Synchronous level);

  Statement prepare(const char* sql) const;
  /// Runs SQL text that may hold several statements and binds nothing (schema scripts only).
  void execScript(const char* sql);
  int userVersion() const;
  void setUserVersion(int version);
  bool inTransaction() const;
  qint64 lastInsertRowId() const;
  /// Rows the last INSERT, UPDATE or DELETE changed.
  int changes() const;
  const QString& path() const { return path_; }
  sqlite3* handle() const { return db_; }

 private:
  Database(sqlite3* db, QString path);
  sqlite3* db_;
  QString path_;
};

/// A write transaction: BEGIN IMMEDIATE at the outermost level (so two writers never deadlock
/// in WAL mode), a SAVEPOINT when nested, so repositories compose into one atomic unit.
/// Rolled back unless commit() was called.
class Transaction {
 public:
  explicit Transaction(Database& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  void commit();

 private:
  Database& db_;
  QByteArray savepoint_;  ///< empty at the outermost level
  bool done_ = false;
};

/// The SQLite library version, for the About box.
QString sqliteVersion();

}  // namespace cip::store
