#pragma once

#include "sync/model/Job.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cip::server {

/// A vendor's scans converted once, on import, for every workstation: a scan file no built-in
/// reader knows but a plugin reads (imaging/core/plugins/ScanPlugins.h, run out of process) is
/// written as DICOS into `folder`, and its reference follows: file name, size and SHA-256 of the
/// DICOS, and for a dual-energy scan a second reference "<id>-low" for the low-energy file.
/// A file no plugin claims stays as it was. Returns "" or, when a plugin fails, why (naming
/// `document`, the scan and the plugin); then `scans` and `paths` are left unchanged.
QString convertVendorScans(QList<model::ScanRef>& scans, QStringList& paths, const QString& folder, const QString& document);

}  // namespace cip::server
