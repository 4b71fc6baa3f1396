#include "sync/server/LoginThrottle.h"

#include <algorithm>

namespace cip::server {

namespace {

template <class Records>
qint64 waitOf(const Records& records, const QString& key, qint64 now) {
  const auto it = records.constFind(key);
  return it == records.constEnd() ? 0 : std::max<qint64>(0, it->lockedUntil - now);
}

}  // namespace

qint64 LoginThrottle::retryAfter(const QString& user, const QString& address, qint64 now) const {
  const qint64 ms = std::max(waitOf(users_, user, now), waitOf(addresses_, address, now));
  return (ms + 999) / 1000;
}

void LoginThrottle::failed(const QString& user, const QString& address, qint64 now) {
  count(users_, user, policy_.userFailures, now);
  count(addresses_, address, policy_.addressFailures, now);
}

void LoginThrottle::succeeded(const QString& user) { users_.remove(user); }

void LoginThrottle::count(QHash<QString, Record>& records, const QString& key, int threshold, qint64 now) {
  if (records.size() >= kMaxRecords && !records.contains(key)) prune(records, now);
  Record& r = records[key];
  if (r.lastFailure > 0 && now - r.lastFailure > policy_.forgetSeconds * 1000) r.lockouts = 0;
  r.lastFailure = now;
  while (!r.failures.isEmpty() && now - r.failures.first() >= policy_.windowSeconds * 1000) r.failures.removeFirst();
  r.failures.append(now);
  if (r.failures.size() < threshold) return;
  // Threshold reached: locked out, each lockout twice as long as the one before.
  const int doublings = std::min(r.lockouts, 30);
  r.lockedUntil = now + 1000 * std::min(policy_.lockoutSeconds << doublings, policy_.maxLockoutSeconds);
  ++r.lockouts;
  r.failures.clear();
}

void LoginThrottle::prune(QHash<QString, Record>& records, qint64 now) {
  // Records that neither lock anything out nor hold a failure in the window go first …
  for (auto it = records.begin(); it != records.end();) {
    const bool quiet = it->lockedUntil <= now && now - it->lastFailure >= policy_.windowSeconds * 1000;
    it = quiet ? records.erase(it) : std::next(it);
  }
  // … and if a flood of distinct ids still fills the table, the oldest half of those not locked
  // out is forgotten: a flood never lifts a lockout.
  if (records.size() < kMaxRecords) return;
  QList<qint64> ages;
  for (const Record& r : std::as_const(records))
    if (r.lockedUntil <= now) ages << r.lastFailure;
  if (ages.isEmpty()) return;
  std::nth_element(ages.begin(), ages.begin() + ages.size() / 2, ages.end());
  const qint64 median = ages[ages.size() / 2];
  for (auto it = records.begin(); it != records.end();) it = it->lockedUntil <= now && it->lastFailure <= median ? records.erase(it) : std::next(it);
}

}  // namespace cip::server
