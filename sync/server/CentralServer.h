#pragma once

#include "sync/model/User.h"
#include "sync/server/CentralStore.h"
#include "sync/server/FaultPlan.h"
#include "sync/server/LoginThrottle.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QElapsedTimer>
#include <QTimer>

#include <functional>
#include <random>

namespace cip::server {

class HttpExchange;

/// The reference central system's HTTP side (docs/sync-protocol.md): token login per user and
/// role (throttled, tokens kept as hashes), the analyst's jobs with their declarations and scan
/// files (ETag = SHA-256, byte ranges for resumed downloads), verdicts with idempotency keys,
/// supervisor review, the case library (exam answers for trainers and administrators only),
/// scanners and telemetry. Roles are enforced here, on every call (the endpoint × role table of
/// docs/sync-protocol.md). Jobs without an analyst go at random to the analysts signed in. An
/// internal error is answered with an incident id only; its detail goes to the log. A fault
/// plan can be set for the client's fault tests. Connection-level limits are GuardedTcpServer's.
class CentralServer : public QAbstractHttpServer {
  Q_OBJECT
 public:
  explicit CentralServer(CentralStore& store, QObject* parent = nullptr);

  void setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }
  void setTokenLifetimeSeconds(qint64 seconds) { tokenSeconds_ = seconds; }
  void setThrottlePolicy(const ThrottlePolicy& policy) { throttle_ = LoginThrottle(policy); }
  /// Scan files sent at once; a request beyond is answered 503 with Retry-After.
  void setMaxFileTransfers(int transfers) { maxTransfers_ = transfers; }
  void seedAssignment(unsigned seed) { dice_.seed(seed); }
  FaultPlan& faults() { return faults_; }
  /// Gives every job without an analyst to one of the analysts signed in, at random.
  void assignPending();
  qint64 requestsServed() const { return requests_; }

 protected:
  bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
  void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

 private:
  struct Caller {
    model::User user;
    model::Role role;
  };
  void route(HttpExchange& x);
  std::optional<Caller> authenticate(HttpExchange& x);
  QString bearerToken(HttpExchange& x) const;
  bool requireRole(HttpExchange& x, const Caller& caller, std::initializer_list<model::Role> roles);
  std::optional<model::Job> ownJob(HttpExchange& x, const Caller& caller, const QString& jobId);
  bool mayReadScan(const Caller& caller, const StoredScan& scan);
  void internalError(HttpExchange& x, const QString& what);

  void login(HttpExchange& x);
  void listCases(HttpExchange& x, const Caller& caller);
  void listJobs(HttpExchange& x, const Caller& caller);
  void claimOrRelease(HttpExchange& x, const Caller& caller, const QString& jobId, bool claim);
  void sendScanFile(HttpExchange& x, const StoredScan& scan);
  void receiveVerdict(HttpExchange& x, const Caller& caller);
  void listVerdicts(HttpExchange& x);
  void review(HttpExchange& x, const Caller& caller, const QString& verdictId);
  void listAnchors(HttpExchange& x, const Caller& caller);

  CentralStore& store_;
  FaultPlan faults_;
  std::function<QDateTime()> clock_;
  qint64 tokenSeconds_ = 12 * 3600;
  LoginThrottle throttle_;
  QElapsedTimer uptime_;  ///< the throttle's monotonic clock
  QTimer purge_;          ///< deletes expired sessions
  int maxTransfers_ = 64;
  int transfers_ = 0;
  std::mt19937 dice_{1};
  qint64 requests_ = 0;
};

}  // namespace cip::server
