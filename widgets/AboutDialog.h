#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

namespace cip::widgets {

/// Name and version of the program and of every library it was built with: the first thing
/// support asks for when an image looks wrong.
class AboutDialog : public QDialog {
  Q_OBJECT
 public:
  using Components = QList<QPair<QString, QString>>;
  AboutDialog(const QString& version, const Components& components, QWidget* parent = nullptr);
};

}  // namespace cip::widgets
