#pragma once

#include <QObject>

namespace cip::store {
class Store;
}
namespace cip::widgets {
class ReferencePanel;
}

namespace cip::app {

class JobController;
class ScanController;

/// Offers the case library's typical images of the current job's declared goods (by HS code,
/// best match first) and shows the chosen one beside the scan.
class ReferenceController : public QObject {
  Q_OBJECT
 public:
  ReferenceController(store::Store& store, QString userId, JobController& jobs, ScanController& scans, widgets::ReferencePanel& panel,
                      QObject* parent = nullptr);

 private:
  void offer();
  void show(const QString& caseId);

  store::Store& store_;
  QString userId_;  ///< only cases the central system gave this user are offered
  JobController& jobs_;
  ScanController& scans_;
  widgets::ReferencePanel& panel_;
};

}  // namespace cip::app
