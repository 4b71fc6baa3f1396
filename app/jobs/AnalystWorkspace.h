#pragma once

#include "app/session/Session.h"

#include <QDateTime>
#include <QObject>

#include <functional>

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
class RefusedVerdictsPanel;
class RadiographView;
class VerdictPanel;
}  // namespace cip::widgets

namespace cip::app {

class AnnotationController;
class JobController;
class ReferenceController;
class RefusalController;
class ScanController;
class VerdictController;
class VerdictHistoryController;

/// The analyst's work on one job, put together: declaration, annotations and verdict docks and
/// their controllers, the verdicts the central system refused, the analyst's own verdicts
/// (My verdicts, reopened read-only), and the "next job" action. The
/// main window only places the docks.
class AnalystWorkspace : public QObject {
  Q_OBJECT
 public:
  AnalystWorkspace(QMainWindow& window, store::Store& store, const Session& session, ScanController& scans, widgets::RadiographView& view,
                   const QStringList& annotationCategories);

  JobController& jobs() const { return *jobs_; }
  AnnotationController& annotations() const { return *annotations_; }
  VerdictController& verdicts() const { return *verdicts_; }
  widgets::DeclarationPanel* declarationPanel() const { return declarationPanel_; }
  widgets::AnnotationPanel* annotationPanel() const { return annotationPanel_; }
  widgets::VerdictPanel* verdictPanel() const { return verdictPanel_; }
  widgets::ReferencePanel* referencePanel() const { return referencePanel_; }
  widgets::RefusedVerdictsPanel* refusedPanel() const { return refusedPanel_; }
  RefusalController& refusals() const { return *refusals_; }
  /// Refused verdicts: shown while there are any.
  QDockWidget* refusedDock() const { return refusedDock_; }
  /// Declaration, annotations, verdict, reference images.
  QList<QDockWidget*> docks() const { return {declarationDock_, annotationDock_, verdictDock_, referenceDock_}; }
  QAction* nextJobAction() const { return nextJob_; }
  /// Job → Export last verdict: DICOS TDRs and JSON of the verdict submitted last, into a folder.
  QAction* exportAction() const { return export_; }
  QString lastVerdictId() const { return lastVerdict_; }
  /// Job → My verdicts: the analyst's own verdicts, found again, reopened read-only, exported.
  QAction* historyAction() const { return history_; }
  VerdictHistoryController& verdictHistory() const { return *verdictHistory_; }
  /// Exports the last verdict into `folder` without asking (the action asks for the folder).
  QStringList exportLastVerdict(const QString& folder, QString* error);
  void retranslate();
  /// Deadlines, opening and verdict times on the central system's clock.
  void setClock(const std::function<QDateTime()>& clock);
  /// The central system refused a verdict: it is shown to the analyst to deal with.
  void verdictRefused(const QString& verdictId, const QString& reason);
  /// Registers every workflow action under its id in `map` (the settings' keyboard page).
  void registerShortcuts(class ShortcutMap& map) const;

 signals:
  /// A message for the status bar (errors name the job or file).
  void message(const QString& text);
  /// The queue should be re-read (a job opened, closed, decided again; a refusal dealt with).
  void queueChanged();
  /// Something waits in the outbox to be sent now (a verdict, a hand-over).
  void sendNow();

 private:
  widgets::DeclarationPanel* declarationPanel_;
  widgets::AnnotationPanel* annotationPanel_;
  widgets::VerdictPanel* verdictPanel_;
  widgets::ReferencePanel* referencePanel_;
  widgets::RefusedVerdictsPanel* refusedPanel_;
  QDockWidget* declarationDock_;
  QDockWidget* annotationDock_;
  QDockWidget* verdictDock_;
  QDockWidget* referenceDock_;
  QDockWidget* refusedDock_;
  JobController* jobs_;
  AnnotationController* annotations_;
  VerdictController* verdicts_;
  ReferenceController* references_;
  RefusalController* refusals_;
  QAction* nextJob_;
  QAction* export_;
  QAction* history_;
  VerdictHistoryController* verdictHistory_;
  QString lastVerdict_;
};

}  // namespace cip::app
