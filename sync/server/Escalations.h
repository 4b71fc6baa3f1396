#pragma once

#include "sync/model/Escalation.h"
#include "sync/server/CentralStore.h"

namespace cip::server {

class HttpExchange;

/// Verdicts the central system refused, handed by their analysts to supervisors: taken in with an
/// idempotency key like verdicts (`POST /escalations`, analysts, their own verdicts only) and
/// listed after a cursor for supervisors (`GET /review/escalations?since=`). Kept in the table
/// `escalations` (CentralStore migration 4). The job is not looked up (a refused verdict is often
/// of a job no longer the analyst's, and no answer may tell which job ids exist); the refusal
/// text is what the workstation recorded, and supervisors read it as such.
class Escalations {
 public:
  explicit Escalations(CentralStore& store) : store_(store) {}

  /// POST /escalations by `analyst`.
  void receive(HttpExchange& x, const QString& analyst);
  /// GET /review/escalations?since=<cursor>.
  void list(HttpExchange& x);

 private:
  CentralStore& store_;
};

}  // namespace cip::server
