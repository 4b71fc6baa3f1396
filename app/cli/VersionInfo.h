#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace cip::app {

/// The program's version and those of the libraries it links, gathered from each layer.
QString applicationVersion();
QList<QPair<QString, QString>> componentVersions();

}  // namespace cip::app
