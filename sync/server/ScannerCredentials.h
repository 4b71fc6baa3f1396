#pragma once

#include "sync/model/Scanner.h"
#include "sync/model/TelemetryReport.h"
#include "sync/server/CentralStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cip::server {

/// A scanner's credential as the central system keeps it: never the secret, only its SHA-256,
/// and what the scanner was provisioned as. Pinned fields (non-empty) are what the scanner must
/// say of itself when it describes itself, so a leaked credential cannot move a scanner to
/// another port or make it another kind of machine.
struct ScannerCredential {
  QString scannerId;
  QString model;                             ///< pinned model, or empty
  QString site;                              ///< pinned port (UN/LOCODE), or empty
  std::optional<model::ScannerKind> kind;    ///< pinned kind
  QDateTime createdAt;
  QDateTime disabledAt;                      ///< invalid while the credential works
  bool disabled() const { return disabledAt.isValid(); }
};

/// What a telemetry batch came to: stored now, or the same batch (same key, same events) seen
/// before — answered with the same sequence numbers — or a key reused for other events.
struct TelemetryBatchOutcome {
  enum Outcome { Stored, Replayed, KeyReused };
  Outcome outcome = Stored;
  model::TelemetryReceipt receipt;
};

/// Scanner credentials and the telemetry batches stored under them, kept in the central
/// system's database (migration 2). A scanner authenticates with `Authorization: Bearer
/// <secret>`; the secret is found by its SHA-256 (tokenDigest), like a user's token. Generated
/// secrets carry 256 random bits and given ones at least 32 characters, so a plain SHA-256 is
/// enough here and costs nothing per request.
class ScannerCredentials {
 public:
  explicit ScannerCredentials(CentralStore& store) : store_(store) {}

  /// A new random secret: "scn_" and 64 hex digits.
  static QString generateSecret();
  /// Whether `secret` may be a scanner secret: 32–256 characters of `A-Za-z0-9._~+/=-`.
  static bool acceptableSecret(const QString& secret);

  /// Provisions a scanner. Throws CentralStoreError when the id already has a credential or the
  /// secret is already another scanner's.
  void add(const ScannerCredential& credential, const QString& secret, const QDateTime& now);
  QList<ScannerCredential> list() const;
  std::optional<ScannerCredential> find(const QString& scannerId) const;
  /// The credential this secret belongs to, disabled or not.
  std::optional<ScannerCredential> bySecret(const QString& secret) const;
  /// Stops the credential working; false when there is no such scanner.
  bool disable(const QString& scannerId, const QDateTime& now);
  /// Whether the scanner has described itself (`PUT /scanners/{id}`): only then may it report.
  bool described(const QString& scannerId) const;
  /// The time of the scanner's last event and how many it has sent.
  std::pair<QDateTime, qint64> lastReport(const QString& scannerId) const;

  /// Stores `events` of `scannerId` under the batch's idempotency key, all or nothing; the
  /// sequence numbers are the central system's. `bodyHash` identifies the batch's content. Keys
  /// are remembered for seven days, far longer than any scanner retries a lost answer.
  TelemetryBatchOutcome storeBatch(const QString& scannerId, const QString& key, const QString& bodyHash,
                                   const QList<model::TelemetryEvent>& events, const QDateTime& now);

 private:
  CentralStore& store_;
};

}  // namespace cip::server
