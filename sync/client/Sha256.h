#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace cip::client {

/// SHA-256 through OpenSSL, which uses the CPU's SHA instructions: about ten times Qt's own
/// implementation here, so verifying every downloaded byte costs little next to receiving it.
class Sha256 {
 public:
  Sha256();
  ~Sha256();
  Sha256(const Sha256&) = delete;
  Sha256& operator=(const Sha256&) = delete;

  void reset();
  void addData(const char* data, qint64 size);
  void addData(const QByteArray& data) { addData(data.constData(), data.size()); }
  /// Hashes a whole file; false when it cannot be read.
  bool addFile(const QString& path);
  /// Lower-case hex; the hash must be reset before it is used again.
  QString hex();

 private:
  struct Context;
  std::unique_ptr<Context> context_;
};

}  // namespace cip::client
