#pragma once

#include <QByteArray>
#include <QString>

namespace cip::store {

/// PBKDF2-HMAC-SHA256 (OpenSSL) of a password: slow on purpose, so a stolen database does not
/// give up its passwords to a guesser. The iteration count travels with the hash so it can rise.
struct PasswordHash {
  QByteArray salt;
  QByteArray hash;
  int iterations = 0;

  /// OWASP's 2023 figure for PBKDF2-HMAC-SHA256.
  static constexpr int kIterations = 600000;

  /// A fresh random salt and the hash of `password` under it.
  static PasswordHash of(const QString& password, int iterations = kIterations);
  /// Whether `password` hashes to this, compared in constant time.
  bool matches(const QString& password) const;
};

}  // namespace cip::store
