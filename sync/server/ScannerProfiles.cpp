#include "sync/server/ScannerProfiles.h"

#include "sync/server/HttpExchange.h"
#include "sync/server/StoreSql.h"

#include "sync/model/User.h"

#include <QFile>
#include <QRegularExpression>

namespace cip::server {

void ScannerProfiles::list(HttpExchange& x) {
  x.json(200, model::toJson(model::ScannerProfileFile{all()}));
}

void ScannerProfiles::put(HttpExchange& x, const QString& scannerId) {
  static const QRegularExpression idPattern(QRegularExpression::anchoredPattern(model::kIdPattern));
  if (!idPattern.match(scannerId).hasMatch())
    return x.problem(400, QStringLiteral("invalid-document"), QStringLiteral("Invalid scanner id"), QStringLiteral("'%1' is not a scanner id").arg(scannerId.left(64)));
  const model::Decoded<model::ScannerProfile> profile = model::decodeScannerProfile(x.request().body());
  if (!profile.ok())
    return x.problem(400, QStringLiteral("invalid-document"), QStringLiteral("Invalid scanner profile"), profile.error.toString(), profile.error.field);
  if (!profile.value->scannerId.isEmpty() && profile.value->scannerId != scannerId)
    return x.problem(400, QStringLiteral("invalid-document"), QStringLiteral("Invalid scanner profile"),
                     QStringLiteral("scannerId: '%1' differs from the scanner of the address, %2").arg(profile.value->scannerId, scannerId),
                     QStringLiteral("scannerId"));
  // A profile may come before its scanner first connects (a site is set up ahead); the count is bounded.
  const QList<model::ScannerProfile> existing = all();
  if (existing.size() >= model::kMaxProfiles && !model::findScannerProfile(existing, scannerId, {}))
    return x.problem(409, QStringLiteral("too-many"), QStringLiteral("Too many scanner profiles"),
                     QStringLiteral("the central system keeps at most %1 scanner profiles").arg(model::kMaxProfiles));
  model::ScannerProfile stored = *profile.value;
  stored.scannerId = scannerId;
  stored.model.clear();  // the centre's profile belongs to one scanner, not to a model
  save(stored);
  x.json(200, model::toJson(stored));
}

void ScannerProfiles::save(const model::ScannerProfile& profile) {
  if (profile.scannerId.isEmpty()) throw CentralStoreError(QStringLiteral("a scanner profile without a scanner id cannot be stored"));
  runSql(store_.database(), store_.path(),
         QStringLiteral("INSERT INTO scanner_profiles (scanner_id, document) VALUES (?,?) ON CONFLICT(scanner_id) DO UPDATE SET document=excluded.document"),
         {profile.scannerId, jsonText(model::toJson(profile))});
}

QList<model::ScannerProfile> ScannerProfiles::all() const {
  QSqlQuery query = runSql(store_.database(), store_.path(), QStringLiteral("SELECT scanner_id, document FROM scanner_profiles ORDER BY scanner_id"));
  QList<model::ScannerProfile> out;
  while (query.next()) {
    const model::Decoded<model::ScannerProfile> profile = model::decodeScannerProfile(query.value(1).toString().toUtf8());
    if (!profile.ok())
      throw CentralStoreError(QStringLiteral("%1: the profile of scanner %2 is damaged: %3").arg(store_.path(), query.value(0).toString(), profile.error.toString()));
    out << *profile.value;
  }
  return out;
}

int ScannerProfiles::importFile(const QString& path) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) throw CentralStoreError(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
  const model::Decoded<model::ScannerProfileFile> decoded = model::decodeScannerProfileFile(file.read(model::kMaxDocumentBytes + 1));
  if (!decoded.ok()) throw CentralStoreError(QStringLiteral("%1: %2").arg(path, decoded.error.toString()));
  for (int i = 0; i < decoded.value->profiles.size(); ++i)
    if (decoded.value->profiles[i].scannerId.isEmpty())
      throw CentralStoreError(QStringLiteral("%1: profiles[%2]: the central system keeps profiles by scanner id; this one names only a model").arg(path).arg(i));
  Transaction transaction(store_.database(), store_.path());
  for (model::ScannerProfile profile : decoded.value->profiles) {
    profile.model.clear();
    save(profile);
  }
  transaction.commit(store_.path());
  return static_cast<int>(decoded.value->profiles.size());
}

}  // namespace cip::server
