#pragma once

#include "sync/model/User.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QDockWidget;

namespace cip::store {
class Store;
}
namespace cip::widgets {
class RefusedVerdictsPanel;
}

namespace cip::app {

class JobController;

/// Keeps the verdicts the central system refused in front of the analyst — a dock that opens by
/// itself when one arrives, a line in the status bar, a mark in the queue — and carries out what
/// the analyst chooses for each: decide the job again, or hand the verdict to a supervisor (the
/// central system takes it with the analyst's note; until it has, it is retried like a verdict).
class RefusalController : public QObject {
  Q_OBJECT
 public:
  RefusalController(store::Store& store, model::User user, JobController& jobs, widgets::RefusedVerdictsPanel& panel, QDockWidget& dock,
                    QObject* parent = nullptr);

  /// Re-reads the refused verdicts; the dock shows while there is any.
  void refresh();
  /// The central system has just refused a verdict.
  void verdictRefused(const QString& verdictId, const QString& reason);
  /// How the note to the supervisor is asked for (a dialog; tests answer directly). Empty
  /// optional: the analyst cancelled.
  void setNoteAsker(std::function<std::optional<QString>(const QString& jobId)> ask) { askNote_ = std::move(ask); }
  void setClock(std::function<QDateTime()> clock) { clock_ = std::move(clock); }

 signals:
  void message(const QString& text);
  /// The queue's marks changed.
  void changed();
  /// A hand-over is waiting to be sent.
  void sendNow();

 private:
  void decideAgain(const QString& verdictId);
  void handToSupervisor(const QString& verdictId);

  store::Store& store_;
  model::User user_;
  JobController& jobs_;
  widgets::RefusedVerdictsPanel& panel_;
  QDockWidget& dock_;
  std::function<std::optional<QString>(const QString&)> askNote_;
  std::function<QDateTime()> clock_;
};

}  // namespace cip::app
