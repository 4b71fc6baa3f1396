#include "sync/scannersim/ScannerLink.h"

#include "sync/model/Protocol.h"
#include "sync/model/TelemetryReport.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUuid>

#include <algorithm>

namespace cip::scannersim {

namespace {

constexpr int kFirstRetryMs = 500;
constexpr int kLongestRetryMs = 30000;
constexpr int kTimeoutMs = 30000;

/// The problem document's detail, or the start of whatever the body was.
QString detailOf(const QByteArray& body) {
  const model::Decoded<model::Problem> problem = model::decodeProblem(body);
  if (!problem.ok()) return QString::fromUtf8(body.left(200));
  return problem.value->field.isEmpty() ? problem.value->detail : QStringLiteral("%1 (%2)").arg(problem.value->detail, problem.value->field);
}

}  // namespace

ScannerLink::ScannerLink(QNetworkAccessManager& network, const QUrl& central, model::Scanner description, const QString& secret,
                         const QSslConfiguration& tls, unsigned seed, QObject* parent)
    : QObject(parent), network_(network), central_(central), description_(std::move(description)),
      authorization_("Bearer " + secret.toLatin1()), tls_(tls), dice_(seed) {
  retry_.setSingleShot(true);
  connect(&retry_, &QTimer::timeout, this, &ScannerLink::kick);
  kick();
}

void ScannerLink::report(const QList<model::TelemetryEvent>& events) {
  queued_ += events;
  if (queued_.size() > kMaxQueued) {
    const qsizetype excess = queued_.size() - kMaxQueued;
    queued_.remove(0, excess);
    dropped_ += excess;
  }
  kick();
}

void ScannerLink::kick() {
  if (busy_ || retry_.isActive()) return;
  if (!described_) return send("PUT", QStringLiteral("scanners/") + description_.id, model::toCompactJson(model::toJson(description_)), {});
  if (batch_.isEmpty()) {
    if (queued_.isEmpty()) return;
    const qsizetype n = std::min<qsizetype>(queued_.size(), model::kMaxTelemetryBatch);
    batch_ = queued_.mid(0, n);
    queued_.remove(0, n);
    batchKey_ = description_.id.toLatin1() + ':' + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
  }
  send("POST", QStringLiteral("telemetry"), model::toCompactJson(model::toJson(model::TelemetryBatch{batch_})), batchKey_);
}

void ScannerLink::send(QByteArray method, const QString& path, const QByteArray& body, const QByteArray& idempotencyKey) {
  QUrl url = central_;
  url.setPath(QStringLiteral("/api/v1/") + path);
  QNetworkRequest request(url);
  request.setTransferTimeout(kTimeoutMs);
  request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
  if (url.scheme() == QLatin1String("https")) request.setSslConfiguration(tls_);
  request.setRawHeader("Authorization", authorization_);
  request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
  if (!idempotencyKey.isEmpty()) request.setRawHeader("Idempotency-Key", idempotencyKey);
  busy_ = true;
  QNetworkReply* reply = network_.sendCustomRequest(request, method, body);
  connect(reply, &QNetworkReply::finished, this, [this, reply] { answered(reply); });
}

void ScannerLink::answered(QNetworkReply* reply) {
  reply->deleteLater();
  busy_ = false;
  const bool description = !described_;
  const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
  const QByteArray body = reply->readAll();
  // A reply cut short is a failed exchange, whatever its status line said: send it again.
  if (status == 0 || (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied))
    return retryLater(QStringLiteral("no whole answer from the central system (%1)").arg(reply->errorString()));
  if (status == 408 || status == 429 || status >= 500)
    return retryLater(QStringLiteral("the central system answered %1: %2").arg(status).arg(detailOf(body)), reply->rawHeader("Retry-After").toInt());
  if (status == 401 || status == 403)  // an operator may provision or enable the scanner again
    return retryLater(QStringLiteral("the central system refuses this scanner's credential: %1").arg(detailOf(body)), 0, true);
  if (description) {
    if (status != 200) return retryLater(QStringLiteral("the central system refuses the scanner's description: %1").arg(detailOf(body)), 0, true);
    described_ = true;
  } else if (status == 409) {
    described_ = false;  // the central system does not know the scanner (any more): describe it again
  } else if (status == 200 || status == 201) {
    const model::Decoded<model::TelemetryReceipt> receipt = model::decodeTelemetryReceipt(body);
    if (!receipt.ok() || receipt.value->count != batch_.size())
      return retryLater(QStringLiteral("the central system's receipt is malformed: %1").arg(receipt.ok() ? QStringLiteral("count") : receipt.error.toString()));
    stored_ += batch_.size();
    batch_.clear();
  } else {
    // The batch itself is wrong (400, 413, 422): sending it again cannot help.
    qWarning("cip-scanner-sim: %s: a batch of %lld events was refused (%d): %s", qPrintable(description_.id), static_cast<long long>(batch_.size()),
             status, qPrintable(detailOf(body)));
    batch_.clear();
  }
  failures_ = 0;
  setUp(true, {});
  kick();
}

void ScannerLink::retryLater(const QString& why, int retryAfterS, bool longest) {
  ++failures_;
  setUp(false, why);
  const int ceiling = longest ? kLongestRetryMs : std::min(kLongestRetryMs, kFirstRetryMs << std::min(failures_ - 1, 16));
  const int jittered = std::uniform_int_distribution<int>(ceiling / 2, ceiling)(dice_);
  retry_.start(std::max(jittered, std::min(retryAfterS, 3600) * 1000));
}

void ScannerLink::setUp(bool up, const QString& detail) {
  if (up == up_) return;
  up_ = up;
  emit linkChanged(up, detail);
}

}  // namespace cip::scannersim
