#pragma once

#include "imaging/core/Scan.h"
#include "imaging/core/physics/Materials.h"

#include <QCoreApplication>
#include <QString>

namespace cip::widgets {

/// Material class and channel names in the analyst's language (the imaging core's are English
/// identifiers, kept for files and the command line).
class MaterialNames {
  Q_DECLARE_TR_FUNCTIONS(MaterialNames)
 public:
  static QString name(imaging::MaterialClass cls) {
    switch (cls) {
      case imaging::MaterialClass::Organic: return tr("organic");
      case imaging::MaterialClass::Inorganic: return tr("inorganic");
      case imaging::MaterialClass::Metal: return tr("metal");
      case imaging::MaterialClass::Impenetrable: return tr("impenetrable");
      case imaging::MaterialClass::Air: break;
    }
    return tr("air");
  }
  /// A channel as the pixel readout and the profile legend name it.
  static QString channel(imaging::ChannelRole role) {
    switch (role) {
      case imaging::ChannelRole::High: return tr("high");
      case imaging::ChannelRole::Low: return tr("low");
      case imaging::ChannelRole::Red: return tr("red");
      case imaging::ChannelRole::Green: return tr("green");
      case imaging::ChannelRole::Blue: return tr("blue");
      case imaging::ChannelRole::Single: break;
    }
    return tr("value");
  }
};

}  // namespace cip::widgets
