#include "sync/server/Credentials.h"

#include <QCryptographicHash>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <algorithm>

namespace cip::server {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray randomBytes(int count) {
  QByteArray bytes(count, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1)
    throw CredentialsError("no random bytes could be drawn (OpenSSL RAND_bytes)");
  return bytes;
}

QByteArray derive(const QString& password, const QByteArray& salt, int iterations) {
  const QByteArray utf8 = password.toUtf8();
  QByteArray out(kHashBytes, '\0');
  if (PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                        static_cast<int>(salt.size()), iterations, EVP_sha256(), kHashBytes, reinterpret_cast<unsigned char*>(out.data())) != 1)
    throw CredentialsError("a password hash could not be computed (OpenSSL PBKDF2)");
  return out;
}

}  // namespace

PasswordHash PasswordHash::of(const QString& password, int iterations) {
  PasswordHash result;
  result.salt = randomBytes(kSaltBytes);
  result.iterations = iterations;
  result.hash = derive(password, result.salt, iterations);
  return result;
}

bool PasswordHash::matches(const QString& password) const {
  const int rounds = std::max(iterations, 1);
  const QByteArray candidate = derive(password, salt, rounds);
  if (rounds < kIterations) derive(password, salt, kIterations - rounds);
  return hash.size() == kHashBytes && iterations > 0 && CRYPTO_memcmp(candidate.constData(), hash.constData(), kHashBytes) == 0;
}

void spendPasswordWork(const QString& password) { derive(password, QByteArray(kSaltBytes, '\0'), PasswordHash::kIterations); }

QString newToken() { return QString::fromLatin1(randomBytes(32).toHex()); }

QString tokenDigest(const QString& token) {
  return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString newIncidentId() { return QString::fromLatin1(randomBytes(6).toHex()); }

}  // namespace cip::server
