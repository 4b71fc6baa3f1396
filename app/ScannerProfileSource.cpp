#include "app/ScannerProfileSource.h"

#include "app/AppLog.h"
#include "app/AppSettings.h"
#include "app/ScanController.h"
#include "sync/store/Store.h"

#include <QFileInfo>

namespace cip::app {

ScannerProfileSource::ScannerProfileSource(store::Store& store, AppSettings& settings, ScanController& scans, QObject* parent)
    : QObject(parent), store_(store), settings_(settings), scans_(scans) {}

void ScannerProfileSource::reload() {
  ScannerProfileBook book;
  try {
    book.central = store_.scanners().profiles();
  } catch (const store::StoreError& e) {
    emit problem(e.message());
  }
  const QString chosen = settings_.scannerProfileFile();
  const QString file = chosen.isEmpty() ? ScannerProfileBook::defaultLocalFile() : chosen;
  if (!chosen.isEmpty() || QFileInfo::exists(file)) {  // the default file is optional; a chosen one must be there
    QString error;
    if (!book.loadLocalFile(file, &error)) {
      qCWarning(lcApp).noquote() << "scanner profiles not used:" << error;
      emit problem(tr("Scanner profiles not used: %1").arg(error));
    }
  }
  qCInfo(lcApp) << "scanner profiles:" << book.central.size() << "from the central system," << book.local.size() << "from" << book.localFile;
  scans_.setProfileBook(std::move(book));
  emit reloaded();
}

}  // namespace cip::app
