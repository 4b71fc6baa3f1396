#pragma once

#include "sync/server/CentralStore.h"

#include <QString>
#include <QStringList>

namespace cip::server {

/// `cip-central scanner add ID [--model M] [--port LOCODE] [--kind KIND] [--secret-stdin]`,
/// `cip-central scanner list`, `cip-central scanner disable ID` — the operator's side of scanner
/// credentials. `arguments` are those after `scanner`; `defaultData` the data folder when no
/// `--data` is given. A generated secret is printed once, alone on stdout; a given one is read
/// from CIP_SCANNER_SECRET or, with `--secret-stdin`, the first line of stdin. Returns the
/// exit status.
int runScannerCommand(const QStringList& arguments, const QString& defaultData);

/// Gives each of the first `count` demo scanners (sync/demo) a credential unless it has one,
/// pinned to its port, kind and model, and writes the new secrets into
/// `<dataFolder>/scanner-credentials.json` (scanner id → secret, readable by its owner only)
/// beside those already there — the file `cip-scanner-sim --credentials` reads. Returns the
/// file's path. Throws CentralStoreError when the file cannot be written.
QString provisionDemoScanners(CentralStore& store, const QString& dataFolder, int count);

}  // namespace cip::server
