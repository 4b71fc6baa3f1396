#pragma once

#include "sync/model/JobRelease.h"
#include "sync/server/CentralStore.h"

#include <optional>

namespace cip::server {

class HttpExchange;

/// The reasons analysts give when they hand a job back (`POST /jobs/{id}/release` carries one),
/// kept in the table `job_releases` (CentralStore migration 5) and listed after a cursor for
/// supervisors (`GET /review/releases?since=`): a job that keeps coming back, or an analyst who
/// gives back what they should decide, shows there and nowhere else.
class JobReleases {
 public:
  explicit JobReleases(CentralStore& store) : store_(store) {}

  /// The release the request carries, or nullopt after a 400 naming the field.
  static std::optional<model::JobRelease> read(HttpExchange& x);
  /// Records it; the caller reassigns the job in the same transaction.
  void record(const QString& jobId, const QString& analyst, const model::JobRelease& release, const QDateTime& at);
  /// GET /review/releases?since=<cursor>.
  void list(HttpExchange& x);

 private:
  CentralStore& store_;
};

}  // namespace cip::server
