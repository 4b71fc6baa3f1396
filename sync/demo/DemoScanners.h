#pragma once

#include "sync/model/Scanner.h"

#include <QList>

namespace cip::demo {

/// The demo's scanners: `count` of them at six synthetic ports (cargo linacs, a vehicle
/// betatron, a CT and a baggage X-ray), ids `SCN-<port>-<nn>`. `cip-central --demo` provisions
/// their credentials and `cip-scanner-sim` describes each of them with the same document, so
/// what the central system was told at provisioning and what the scanner says agree.
QList<model::Scanner> demoScanners(int count);

/// The demo scanner with this id, or a plain description of an unknown one (its site taken from
/// an id of the form `SCN-<site>-…`, else "UNKNOWN"): how the simulator describes any scanner
/// whose credential it was given.
model::Scanner describeScanner(const QString& id);

}  // namespace cip::demo
