#pragma once

#include "imaging/core/physics/Materials.h"

#include <QCoreApplication>
#include <QString>

namespace cip::widgets {

/// Material class names in the analyst's language (the imaging core's are English identifiers).
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
};

}  // namespace cip::widgets
