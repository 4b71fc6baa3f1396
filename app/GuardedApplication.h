#pragma once

#include <QApplication>

namespace cip::app {

/// The workstation's QApplication with a last line of defence: an error that escapes a slot or
/// an event handler (a database that fails, a file that vanishes) is logged and shown in a
/// message, never the end of the process — the analyst's open job, marks and outbox stay. Every
/// controller catches and shows its own errors; this only catches what one missed.
class GuardedApplication : public QApplication {
  Q_OBJECT
 public:
  GuardedApplication(int& argc, char** argv) : QApplication(argc, argv) {}
  bool notify(QObject* receiver, QEvent* event) override;

 private:
  void report(const QString& what);
  bool reporting_ = false;
};

}  // namespace cip::app
