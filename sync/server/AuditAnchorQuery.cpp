#include "sync/server/AuditAnchorQuery.h"

#include "sync/model/User.h"
#include "sync/server/StoreSql.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cstdio>

namespace cip::server {

namespace {
QVariant orNull(const QString& text) { return text.isEmpty() ? QVariant() : QVariant(text); }
}  // namespace

model::AuditAnchorList listAuditAnchors(const CentralStore& store, const QString& workstation, const QString& analyst) {
  // The expressions are spelled as in the index verdicts_audit_head (migration 2), so it is used.
  QSqlQuery query = runSql(store.database(), store.path(),
                           QStringLiteral("SELECT json_extract(document, '$.auditHead'), id, received_at FROM verdicts "
                                          "WHERE json_extract(document, '$.auditHead.workstation') IS NOT NULL "
                                          "AND (? IS NULL OR json_extract(document, '$.auditHead.workstation')=?) "
                                          "AND (? IS NULL OR json_extract(document, '$.analyst')=?) "
                                          "ORDER BY json_extract(document, '$.auditHead.workstation'), json_extract(document, '$.auditHead.sequence')"),
                           {orNull(workstation), workstation, orNull(analyst), analyst});
  model::AuditAnchorList list;
  while (query.next()) {
    const QString id = query.value(1).toString();
    model::Decoded<model::AuditAnchor> anchor = model::decodeDocument<model::AuditAnchor>(query.value(0).toByteArray(), model::readAuditAnchor);
    if (!anchor.ok()) throw CentralStoreError(QStringLiteral("%1: the audit anchor of verdict %2 is damaged: %3").arg(store.path(), id, anchor.error.toString()));
    list.anchors.append({*anchor.value, id, QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs)});
  }
  return list;
}

int runAnchorsCommand(const QStringList& arguments, const QString& defaultData) {
  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("Prints the audit anchors the central system holds (docs/sync-protocol.md)."));
  parser.addHelpOption();
  parser.addOptions({{QStringLiteral("data"), QStringLiteral("The central system's data folder."), QStringLiteral("dir"), defaultData},
                     {QStringLiteral("workstation"), QStringLiteral("Only this workstation's anchors."), QStringLiteral("id")}});
  parser.process(QStringList{QStringLiteral("cip-central anchors")} + arguments);
  const QString workstation = parser.value(QStringLiteral("workstation"));
  static const QRegularExpression idPattern(QRegularExpression::anchoredPattern(model::kIdPattern));
  if (parser.isSet(QStringLiteral("workstation")) && !idPattern.match(workstation).hasMatch()) {
    std::fprintf(stderr, "cip-central: --workstation: '%s' is not a workstation id\n", qPrintable(workstation));
    return 1;
  }
  const QString database = QDir(parser.value(QStringLiteral("data"))).filePath(QStringLiteral("central.sqlite"));
  if (!QFileInfo::exists(database)) {
    std::fprintf(stderr, "cip-central: %s: no central system's database there\n", qPrintable(database));
    return 1;
  }
  try {
    CentralStore store(database);
    std::printf("%s", QJsonDocument(model::toJson(listAuditAnchors(store, workstation))).toJson().constData());
    return 0;
  } catch (const CentralStoreError& e) {
    std::fprintf(stderr, "cip-central: %s\n", qPrintable(e.message()));
    return 1;
  }
}

}  // namespace cip::server
