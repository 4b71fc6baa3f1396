#pragma once

#include "sync/model/ScannerProfile.h"
#include "sync/server/CentralStore.h"

namespace cip::server {

class HttpExchange;

/// The centre's profile of each scanner — pixel pitch at the object plane, beam energies, the
/// material calibration — kept in the table `scanner_profiles` (CentralStore migration 6), apart
/// from the scanner's own description so that a scanner describing itself never overwrites what
/// the centre measured. Every signed-in role reads them (`GET /scanner-profiles`): whoever looks
/// at a scan measures it. Only an administrator sets one (`PUT /scanner-profiles/{id}`).
class ScannerProfiles {
 public:
  explicit ScannerProfiles(CentralStore& store) : store_(store) {}

  /// GET /scanner-profiles: `{"profiles": [...]}`, the format of a site's profile file.
  void list(HttpExchange& x);
  /// PUT /scanner-profiles/{scannerId}: the profile in the body replaces the scanner's; 200 with
  /// what is stored, 400 naming the field, 409 past kMaxProfiles scanners.
  void put(HttpExchange& x, const QString& scannerId);

  /// Stores `profile` for its scannerId (which must be set), replacing any earlier one.
  void save(const model::ScannerProfile& profile);
  QList<model::ScannerProfile> all() const;
  /// Loads a profile file (`cip-central --scanner-profiles`): every profile must name a scanner
  /// id. Returns how many were stored; throws CentralStoreError naming the file and field.
  int importFile(const QString& path);

 private:
  CentralStore& store_;
};

}  // namespace cip::server
