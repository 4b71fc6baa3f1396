#include "sync/store/AuditLog.h"

#include "sync/model/Json.h"
#include "sync/store/JsonColumn.h"

#include <QCryptographicHash>

namespace cip::store {

namespace {

QString hashOf(const AuditEntry& e, const QString& detailsText) {
  // Fields are length-prefixed so that moving text from one field into the next changes the hash.
  QByteArray content;
  const QStringList fields{QString::number(e.seq), model::timestampToString(e.at), e.actor, e.action,
                           e.entity, e.entityId, detailsText, e.prevHash};
  for (const QString& field : fields) {
    const QByteArray utf8 = field.toUtf8();
    content += QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
  }
  return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

constexpr const char* kSelectRows =
    "SELECT seq, at, actor, action, entity, entity_id, details, prev_hash, hash FROM audit_log ";

/// One row as written; `detailsText` receives the details exactly as stored, which is what the
/// hash covers (re-serialising the parsed JSON could differ byte for byte).
AuditEntry readRow(const Statement& query, QString* detailsText = nullptr) {
  AuditEntry e;
  e.seq = query.integer(0);
  e.at = timestampColumn(query.text(1));
  e.actor = query.text(2);
  e.action = query.text(3);
  e.entity = query.text(4);
  e.entityId = query.text(5);
  const QString details = query.text(6);
  e.details = QJsonDocument::fromJson(details.toUtf8()).object();
  e.prevHash = query.text(7);
  e.hash = query.text(8);
  if (detailsText) *detailsText = details;
  return e;
}

}  // namespace

QString AuditLog::genesisHash() { return QString(64, QLatin1Char('0')); }

QString AuditLog::headHash() const {
  Statement query = db_.prepare("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1");
  return query.step() ? query.text(0) : genesisHash();
}

AuditEntry AuditLog::append(const QString& actor, const QString& action, const QString& entity,
                            const QString& entityId, const QJsonObject& details, const QDateTime& at) {
  Transaction transaction(db_);
  AuditEntry entry;
  Statement last = db_.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
  entry.seq = last.step() ? last.integer(0) + 1 : 1;
  entry.prevHash = entry.seq == 1 ? genesisHash() : last.text(1);
  entry.at = at.toUTC();
  entry.actor = actor;
  entry.action = action;
  entry.entity = entity;
  entry.entityId = entityId;
  entry.details = details;
  const QString detailsText = jsonText(details);
  entry.hash = hashOf(entry, detailsText);
  db_.prepare("INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, details, prev_hash, hash) "
              "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9)")
      .bind(1, entry.seq).bind(2, model::timestampToString(entry.at)).bind(3, actor).bind(4, action)
      .bind(5, entity).bind(6, entityId).bind(7, detailsText).bind(8, entry.prevHash).bind(9, entry.hash)
      .run();
  transaction.commit();
  return entry;
}

QList<AuditEntry> AuditLog::entries(qint64 afterSeq, int limit) const {
  const QByteArray sql = QByteArray(kSelectRows) + "WHERE seq > ?1 ORDER BY seq LIMIT ?2";
  Statement query = db_.prepare(sql.constData());
  query.bind(1, afterSeq).bind(2, limit);
  QList<AuditEntry> result;
  while (query.step()) result << readRow(query);
  return result;
}

AuditChainCheck AuditLog::verify() const { return verifyAuditChain(db_); }

QStringList checkAuditAnchors(const Database& db, const QString& workstationId, const QList<model::AuditAnchor>& anchors) {
  QStringList problems;
  for (const model::AuditAnchor& anchor : anchors) {
    if (anchor.workstation != workstationId) continue;
    Statement row = db.prepare("SELECT hash FROM audit_log WHERE seq=?1");
    row.bind(1, anchor.sequence);
    if (!row.step())
      problems << QStringLiteral("row %1 is missing, though the central system holds its hash (rows were cut from the log)").arg(anchor.sequence);
    else if (row.text(0) != anchor.hash)
      problems << QStringLiteral("row %1 differs from the hash the central system holds (%2…): the chain was rewritten after it was sent")
                      .arg(anchor.sequence)
                      .arg(anchor.hash.left(12));
  }
  return problems;
}

AuditChainCheck verifyAuditChain(const Database& db) {
  AuditChainCheck check;
  const QByteArray sql = QByteArray(kSelectRows) + "ORDER BY seq";
  Statement query = db.prepare(sql.constData());
  QString expectedPrev = AuditLog::genesisHash();
  while (query.step()) {
    QString detailsText;
    const AuditEntry e = readRow(query, &detailsText);
    ++check.rowsChecked;
    QString problem;
    if (e.prevHash != expectedPrev)
      problem = QStringLiteral("row %1 does not link to the row before it (a row was removed or altered)").arg(e.seq);
    else if (hashOf(e, detailsText) != e.hash)
      problem = QStringLiteral("row %1 was altered after it was written").arg(e.seq);
    if (!problem.isEmpty()) {
      check.ok = false;
      check.firstBadSeq = e.seq;
      check.problem = problem;
      return check;
    }
    expectedPrev = e.hash;
  }
  return check;
}

}  // namespace cip::store
