#pragma once

#include "sync/model/AuditAnchors.h"
#include "sync/server/CentralStore.h"

#include <QString>
#include <QStringList>

namespace cip::server {

/// The audit anchors the central system holds — the `auditHead` of every verdict it received
/// that carried one — for one workstation or all (`workstation` empty), and only those of one
/// analyst's verdicts when `analyst` is set. Ordered by workstation, then sequence.
model::AuditAnchorList listAuditAnchors(const CentralStore& store, const QString& workstation, const QString& analyst = {});

/// `cip-central anchors [--workstation ID] [--data DIR]`: the same document as
/// `GET /audit/anchors`, on stdout, for an auditor to carry to the workstation. Returns the exit
/// status.
int runAnchorsCommand(const QStringList& arguments, const QString& defaultData);

}  // namespace cip::server
