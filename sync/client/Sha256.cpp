#include "sync/client/Sha256.h"

#include <QFile>

#include <openssl/evp.h>

namespace cip::client {

struct Sha256::Context {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  ~Context() { EVP_MD_CTX_free(ctx); }
};

Sha256::Sha256() : context_(std::make_unique<Context>()) { reset(); }
Sha256::~Sha256() = default;

void Sha256::reset() { EVP_DigestInit_ex(context_->ctx, EVP_sha256(), nullptr); }

void Sha256::addData(const char* data, qint64 size) {
  if (size > 0) EVP_DigestUpdate(context_->ctx, data, static_cast<size_t>(size));
}

bool Sha256::addFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) return false;
  QByteArray buffer(1 << 20, Qt::Uninitialized);
  for (qint64 n; (n = file.read(buffer.data(), buffer.size())) > 0;) addData(buffer.constData(), n);
  return file.error() == QFileDevice::NoError;
}

QString Sha256::hex() {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  EVP_DigestFinal_ex(context_->ctx, digest, &length);
  return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), static_cast<int>(length)).toHex());
}

}  // namespace cip::client
