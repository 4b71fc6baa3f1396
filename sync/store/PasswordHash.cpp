#include "sync/store/PasswordHash.h"

#include "sync/store/Database.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace cip::store {

namespace {

QByteArray derive(const QString& password, const QByteArray& salt, int iterations) {
  const QByteArray utf8 = password.toUtf8();
  QByteArray out(32, '\0');
  if (PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()), reinterpret_cast<const unsigned char*>(salt.constData()),
                        static_cast<int>(salt.size()), iterations, EVP_sha256(), static_cast<int>(out.size()),
                        reinterpret_cast<unsigned char*>(out.data())) != 1)
    throw StoreError(QStringLiteral("the password hash could not be computed (OpenSSL PBKDF2)"));
  return out;
}

}  // namespace

PasswordHash PasswordHash::of(const QString& password, int iterations) {
  PasswordHash result;
  result.salt = QByteArray(16, '\0');
  if (RAND_bytes(reinterpret_cast<unsigned char*>(result.salt.data()), static_cast<int>(result.salt.size())) != 1)
    throw StoreError(QStringLiteral("no random salt could be drawn (OpenSSL RAND_bytes)"));
  result.iterations = iterations;
  result.hash = derive(password, result.salt, iterations);
  return result;
}

bool PasswordHash::matches(const QString& password) const {
  if (hash.size() != 32 || iterations <= 0) return false;
  const QByteArray candidate = derive(password, salt, iterations);
  return CRYPTO_memcmp(candidate.constData(), hash.constData(), static_cast<size_t>(hash.size())) == 0;
}

}  // namespace cip::store
