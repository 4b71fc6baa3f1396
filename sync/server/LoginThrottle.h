#pragma once

#include <QHash>
#include <QString>

namespace cip::server {

/// How many failed sign-ins the central system tolerates, and for how long it then refuses.
struct ThrottlePolicy {
  int userFailures = 5;          ///< failed sign-ins for one user id within the window …
  int addressFailures = 20;      ///< … or from one client address within the window …
  qint64 windowSeconds = 900;    ///< … (15 minutes) lock that user id or address out
  qint64 lockoutSeconds = 60;    ///< for this long the first time,
  qint64 maxLockoutSeconds = 3600;  ///< doubling at each further lockout up to this;
  qint64 forgetSeconds = 86400;  ///< a day without failures and the doubling starts over.
};

/// Slows password guessing down: failed sign-ins are counted per user id (known or not, so a
/// lockout says nothing about who exists) and per client address; too many within the window
/// lock that user id or address out for a time that doubles with each lockout. A successful
/// sign-in clears its user's record. `now` is milliseconds on a monotonic clock, passed in so
/// the rules can be checked without waiting. Memory is bounded: records that hold nothing are
/// dropped, and past kMaxRecords the oldest quiet ones go.
class LoginThrottle {
 public:
  static constexpr int kMaxRecords = 100000;

  explicit LoginThrottle(ThrottlePolicy policy = {}) : policy_(policy) {}
  const ThrottlePolicy& policy() const { return policy_; }

  /// Whole seconds (rounded up) until `user` from `address` may try again; 0 when they may now.
  qint64 retryAfter(const QString& user, const QString& address, qint64 now) const;
  void failed(const QString& user, const QString& address, qint64 now);
  void succeeded(const QString& user);

 private:
  struct Record {
    QList<qint64> failures;  ///< within the window, oldest first; at most the threshold (ms)
    qint64 lockedUntil = 0;  ///< ms
    int lockouts = 0;
    qint64 lastFailure = 0;
  };
  void count(QHash<QString, Record>& records, const QString& key, int threshold, qint64 now);
  void prune(QHash<QString, Record>& records, qint64 now);

  ThrottlePolicy policy_;
  QHash<QString, Record> users_;
  QHash<QString, Record> addresses_;
};

}  // namespace cip::server
