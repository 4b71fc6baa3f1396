#pragma once

#include <QByteArray>
#include <QString>

#include <stdexcept>

namespace cip::server {

/// Something the central system's cryptography (OpenSSL) could not do: no random bytes, no hash.
class CredentialsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// A password as the central system keeps it: PBKDF2-HMAC-SHA256 (OpenSSL's libcrypto, several
/// times faster than QPasswordDigestor at the same count) under a random 16-byte salt. The
/// iteration count is stored with each hash, so the count can rise and an older hash be redone
/// at its owner's next sign-in.
struct PasswordHash {
  /// OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.15 s of one core here.
  static constexpr int kIterations = 600000;

  QByteArray salt;
  QByteArray hash;
  int iterations = 0;

  /// A fresh random salt and the hash of `password` under it.
  static PasswordHash of(const QString& password, int iterations = kIterations);
  /// Whether `password` hashes to this, compared in constant time (CRYPTO_memcmp). A hash made
  /// with fewer than kIterations also spends the difference, so a wrong password costs the same
  /// whatever the age of the hash.
  bool matches(const QString& password) const;
};

/// The work of one PasswordHash::matches() spent on nothing: what an unknown user costs, so a
/// prober cannot tell unknown users from wrong passwords by the time an answer takes.
void spendPasswordWork(const QString& password);

/// A new bearer token: 256 random bits as 64 hex digits.
QString newToken();
/// What the database keeps of a token: its SHA-256 in hex. A copy of the database gives no
/// token that works.
QString tokenDigest(const QString& token);
/// A short random id naming one internal error in the reply and in the server log.
QString newIncidentId();

}  // namespace cip::server
