#pragma once

#include <QWidget>

class QLabel;

namespace cip::widgets {

/// What the centre of the window shows while no job is open: who is signed in, how much work is
/// waiting, how many verdicts still have to reach the central system or were refused by it, and
/// whether the central system can be reached at all.
class WelcomePanel : public QWidget {
  Q_OBJECT
 public:
  explicit WelcomePanel(QWidget* parent = nullptr);

  struct Summary {
    QString userId;
    QString roleName;
    bool analyst = true;       ///< jobs are an analyst's: other roles see no queue figures
    int jobsWaiting = 0;
    int verdictsPending = 0;
    int verdictsRefused = 0;
    QString linkProblem;       ///< the central system's state when it is not online, else empty
    QString databasePath;
  };
  void setSummary(const Summary& summary);
  QString text() const;

 protected:
  void changeEvent(QEvent* event) override;

 private:
  void render();
  Summary summary_;
  QLabel* label_;
};

}  // namespace cip::widgets
