#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

#include "imaging/core/plugins/ScanPlugins.h"

#include <vector>

namespace cip::widgets {

/// Name and version of the program, of every library it was built with and of the vendors'
/// scan-format plugins it found: the first thing support asks for when an image looks wrong.
class AboutDialog : public QDialog {
  Q_OBJECT
 public:
  using Components = QList<QPair<QString, QString>>;
  AboutDialog(const QString& version, const Components& components, const std::vector<imaging::PluginInfo>& plugins,
              QWidget* parent = nullptr);
};

}  // namespace cip::widgets
