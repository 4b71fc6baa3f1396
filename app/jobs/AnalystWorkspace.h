#pragma once

#include "sync/model/User.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;

namespace cip::store {
class Store;
}
namespace cip::widgets {
class AnnotationPanel;
class DeclarationPanel;
class ReferencePanel;
class RadiographView;
class VerdictPanel;
}  // namespace cip::widgets

namespace cip::app {

class AnnotationController;
class JobController;
class ReferenceController;
class ScanController;
class VerdictController;

/// The analyst's work on one job, put together: declaration, annotations and verdict docks and
/// their controllers, and the "next job" action. The main window only places the docks.
class AnalystWorkspace : public QObject {
  Q_OBJECT
 public:
  AnalystWorkspace(QMainWindow& window, store::Store& store, const model::User& user, ScanController& scans, widgets::RadiographView& view,
                   const QStringList& annotationCategories);

  JobController& jobs() const { return *jobs_; }
  AnnotationController& annotations() const { return *annotations_; }
  VerdictController& verdicts() const { return *verdicts_; }
  widgets::DeclarationPanel* declarationPanel() const { return declarationPanel_; }
  widgets::AnnotationPanel* annotationPanel() const { return annotationPanel_; }
  widgets::VerdictPanel* verdictPanel() const { return verdictPanel_; }
  widgets::ReferencePanel* referencePanel() const { return referencePanel_; }
  /// Declaration, annotations, verdict, reference images.
  QList<QDockWidget*> docks() const { return {declarationDock_, annotationDock_, verdictDock_, referenceDock_}; }
  QAction* nextJobAction() const { return nextJob_; }
  /// Job → Export last verdict: DICOS TDRs and JSON of the verdict submitted last, into a folder.
  QAction* exportAction() const { return export_; }
  QString lastVerdictId() const { return lastVerdict_; }
  /// Exports the last verdict into `folder` without asking (the action asks for the folder).
  QStringList exportLastVerdict(const QString& folder, QString* error);
  void retranslate();
  /// Registers every workflow action under its id in `map` (the settings' keyboard page).
  void registerShortcuts(class ShortcutMap& map) const;

 signals:
  /// A message for the status bar (errors name the job or file).
  void message(const QString& text);

 private:
  widgets::DeclarationPanel* declarationPanel_;
  widgets::AnnotationPanel* annotationPanel_;
  widgets::VerdictPanel* verdictPanel_;
  widgets::ReferencePanel* referencePanel_;
  QDockWidget* declarationDock_;
  QDockWidget* annotationDock_;
  QDockWidget* verdictDock_;
  QDockWidget* referenceDock_;
  JobController* jobs_;
  AnnotationController* annotations_;
  VerdictController* verdicts_;
  ReferenceController* references_;
  QAction* nextJob_;
  QAction* export_;
  store::Store& store_;
  QString lastVerdict_;
};

}  // namespace cip::app
