#pragma once

#include <QWidget>

namespace cip::app {

/// The scan viewer in a window of its own, to put on a second monitor while the declaration,
/// queue and verdict stay on the first. Closing it gives the viewer back to the main window.
class ViewerWindow : public QWidget {
  Q_OBJECT
 public:
  explicit ViewerWindow(QWidget* parent = nullptr);
  /// Puts `content` in this window (it is reparented).
  void hold(QWidget* content);
  /// Takes the content out again (the caller reparents it).
  QWidget* release();

 signals:
  void closing();

 protected:
  void closeEvent(QCloseEvent* event) override;

 private:
  QWidget* content_ = nullptr;
};

}  // namespace cip::app
