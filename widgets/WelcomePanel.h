#pragma once

#include <QWidget>

class QLabel;

namespace cip::widgets {

/// What the centre of the window shows while no job is open: who is signed in, how much work is
/// waiting and how many verdicts still have to reach the central system.
class WelcomePanel : public QWidget {
  Q_OBJECT
 public:
  explicit WelcomePanel(QWidget* parent = nullptr);

  struct Summary {
    QString userId;
    QString roleName;
    int jobsWaiting = 0;
    int verdictsPending = 0;
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
