#pragma once

#include "sync/model/Json.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cip::model {

/// A party named on a customs declaration (declarant, consignee).
struct Party {
  QString name;
  QString address;
  QString country;     ///< ISO 3166-1 alpha-2
  QString identifier;  ///< trader id such as an EORI or tax number; may be empty
};

enum class TransportMode { Sea, Road, Rail, Air };
inline constexpr std::array<EnumName<TransportMode>, 4> kTransportModeNames{
    {{TransportMode::Sea, "sea"}, {TransportMode::Road, "road"}, {TransportMode::Rail, "rail"},
     {TransportMode::Air, "air"}}};

struct Transport {
  TransportMode mode = TransportMode::Sea;
  QString meansId;  ///< vessel name / IMO number, vehicle plate, wagon or flight number
  QString voyage;   ///< voyage or trip number; may be empty
};

/// One line of the goods list. The analyst compares each line's material and weight with the image.
struct GoodsItem {
  int line = 0;          ///< 1-based line number on the declaration
  QString hsCode;        ///< Harmonized System code, 6, 8 or 10 digits
  QString description;
  double quantity = 0;
  QString unit;          ///< e.g. "PCE", "KGM", "CTN"
  double grossKg = 0;
  double netKg = 0;
  double value = 0;
  QString currency;      ///< ISO 4217, e.g. "USD"

  /// The HS chapter (first two digits), which names the kind of goods.
  QString hsChapter() const { return hsCode.left(2); }
};

struct Declaration {
  QString id;
  QString number;          ///< the customs reference number
  QDateTime lodgedAt;
  Party declarant;
  Party consignee;
  QString originCountry;
  QString destinationCountry;
  QString portOfEntry;     ///< e.g. UN/LOCODE "CNSHA"
  QStringList containerNumbers;
  QStringList sealNumbers;
  Transport transport;
  bool declaredEmpty = false;  ///< an empty container must show empty on the scan
  QList<GoodsItem> goods;

  double totalGrossKg() const;
  double totalNetKg() const;
  /// Sum of values per currency; declarations may mix currencies.
  QList<std::pair<QString, double>> totalValueByCurrency() const;
};

QJsonObject toJson(const Party& party);
QJsonObject toJson(const Declaration& declaration);
Declaration readDeclaration(JsonReader& reader);
Decoded<Declaration> decodeDeclaration(const QByteArray& json);

}  // namespace cip::model
