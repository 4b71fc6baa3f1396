#include "app/DatabaseCheckCommand.h"

#include "app/AppSettings.h"
#include "sync/model/AuditAnchors.h"
#include "sync/store/Migrations.h"
#include "sync/store/Store.h"

#include <QFile>

namespace cip::app {

int DatabaseCheckCommand::run(const QStringList& args) {
  QString path = AppSettings::defaultDatabasePath();
  QList<model::AuditAnchor> anchors;
  for (int i = 0; i < args.size(); ++i) {
    if (args[i] == QLatin1String("--anchors") && i + 1 < args.size()) {
      // The central system's record of this workstation's chain (cip-central anchors, or GET /audit/anchors).
      QFile file(args[++i]);
      if (!file.open(QIODevice::ReadOnly)) {
        err_ << tr("cip-tool: db check: %1: cannot be read (%2)").arg(file.fileName(), file.errorString()) << '\n';
        return 2;
      }
      const model::Decoded<model::AuditAnchorList> list = model::decodeAuditAnchorList(file.read(model::kMaxDocumentBytes + 1));
      if (!list.ok()) {
        err_ << tr("cip-tool: db check: %1: not an anchor list: %2").arg(file.fileName(), list.error.toString()) << '\n';
        return 2;
      }
      for (const model::AuditAnchorRecord& record : list.value->anchors) anchors << record.anchor;
    } else if (!args[i].startsWith(QLatin1String("--")) && i == 0) {
      path = args[i];
    } else {
      err_ << tr("usage: cip-tool db check [FILE] [--anchors ANCHORS.json]") << '\n';
      return 2;
    }
  }
  const store::DatabaseHealth health = store::checkDatabase(path, anchors);
  if (!health.ok) {
    for (const QString& problem : health.problems) err_ << tr("cip-tool: db check: %1").arg(problem) << '\n';
    err_ << tr("cip-tool: db check: %1 FAILED (%n problem(s))", nullptr, static_cast<int>(health.problems.size())).arg(path) << '\n';
    return 1;
  }
  out_ << tr("%1: ok (schema %2 of %3, audit chain of %4 entries intact)")
              .arg(path).arg(health.schemaVersion).arg(store::latestSchemaVersion()).arg(health.auditRows)
       << '\n';
  if (!anchors.isEmpty())
    out_ << tr("%1: the chain matches the central system's %n anchor(s) of this workstation", nullptr, health.anchorsChecked).arg(path) << '\n';
  return 0;
}

}  // namespace cip::app
