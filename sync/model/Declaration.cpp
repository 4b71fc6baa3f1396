#include "sync/model/Declaration.h"

#include "sync/model/Iso6346.h"
#include "sync/model/User.h"

#include <QMap>

namespace cip::model {

namespace {

const QString kCountry = QStringLiteral("[A-Z]{2}");
const QString kCountryWhat = QStringLiteral("an ISO 3166 two-letter country code");
const QString kHsCode = QStringLiteral("\\d{6}(\\d{2}){0,2}");
const QString kCurrency = QStringLiteral("[A-Z]{3}");
constexpr double kMaxKg = 1.0e7;  // more than any container, wagon or vessel hold carries
constexpr double kMaxAmount = 1.0e12;
constexpr int kMaxGoodsLines = 10000;

Party readParty(JsonReader reader) {
  Party party;
  party.name = reader.requiredString(QStringLiteral("name"), 300);
  party.address = reader.optionalString(QStringLiteral("address"), 1000);
  party.country = reader.requiredMatch(QStringLiteral("country"), kCountry, kCountryWhat);
  party.identifier = reader.optionalString(QStringLiteral("identifier"), 64);
  return party;
}

QJsonObject goodsToJson(const GoodsItem& item) {
  return {{QStringLiteral("line"), item.line},
          {QStringLiteral("hsCode"), item.hsCode},
          {QStringLiteral("description"), item.description},
          {QStringLiteral("quantity"), item.quantity},
          {QStringLiteral("unit"), item.unit},
          {QStringLiteral("grossKg"), item.grossKg},
          {QStringLiteral("netKg"), item.netKg},
          {QStringLiteral("value"), item.value},
          {QStringLiteral("currency"), item.currency}};
}

GoodsItem readGoodsItem(JsonReader& reader) {
  GoodsItem item;
  item.line = static_cast<int>(reader.requiredInteger(QStringLiteral("line"), 1, kMaxGoodsLines));
  item.hsCode = reader.requiredMatch(QStringLiteral("hsCode"), kHsCode,
                                     QStringLiteral("an HS code of 6, 8 or 10 digits"));
  item.description = reader.requiredString(QStringLiteral("description"), 2000);
  item.quantity = reader.requiredNumber(QStringLiteral("quantity"), 0, kMaxAmount);
  item.unit = reader.requiredMatch(QStringLiteral("unit"), QStringLiteral("[A-Z0-9]{1,8}"),
                                   QStringLiteral("a unit code such as PCE or KGM"));
  item.grossKg = reader.requiredNumber(QStringLiteral("grossKg"), 0, kMaxKg);
  item.netKg = reader.requiredNumber(QStringLiteral("netKg"), 0, kMaxKg);
  item.value = reader.requiredNumber(QStringLiteral("value"), 0, kMaxAmount);
  item.currency = reader.requiredMatch(QStringLiteral("currency"), kCurrency,
                                       QStringLiteral("an ISO 4217 currency code"));
  if (reader.ok() && item.netKg > item.grossKg)
    reader.fail(QStringLiteral("netKg"), QStringLiteral("net weight exceeds gross weight"));
  return item;
}

}  // namespace

QJsonObject toJson(const Party& party) {
  return {{QStringLiteral("name"), party.name}, {QStringLiteral("address"), party.address},
          {QStringLiteral("country"), party.country}, {QStringLiteral("identifier"), party.identifier}};
}

double Declaration::totalGrossKg() const {
  double sum = 0;
  for (const GoodsItem& item : goods) sum += item.grossKg;
  return sum;
}

double Declaration::totalNetKg() const {
  double sum = 0;
  for (const GoodsItem& item : goods) sum += item.netKg;
  return sum;
}

QList<std::pair<QString, double>> Declaration::totalValueByCurrency() const {
  QMap<QString, double> sums;
  for (const GoodsItem& item : goods) sums[item.currency] += item.value;
  QList<std::pair<QString, double>> result;
  for (auto it = sums.cbegin(); it != sums.cend(); ++it) result.append({it.key(), it.value()});
  return result;
}

QJsonObject toJson(const Declaration& d) {
  QJsonArray goods;
  for (const GoodsItem& item : d.goods) goods.append(goodsToJson(item));
  return {{QStringLiteral("id"), d.id},
          {QStringLiteral("number"), d.number},
          {QStringLiteral("lodgedAt"), timestampToString(d.lodgedAt)},
          {QStringLiteral("declarant"), toJson(d.declarant)},
          {QStringLiteral("consignee"), toJson(d.consignee)},
          {QStringLiteral("originCountry"), d.originCountry},
          {QStringLiteral("destinationCountry"), d.destinationCountry},
          {QStringLiteral("portOfEntry"), d.portOfEntry},
          {QStringLiteral("containerNumbers"), QJsonArray::fromStringList(d.containerNumbers)},
          {QStringLiteral("sealNumbers"), QJsonArray::fromStringList(d.sealNumbers)},
          {QStringLiteral("transport"),
           QJsonObject{{QStringLiteral("mode"), enumToString(kTransportModeNames, d.transport.mode)},
                       {QStringLiteral("meansId"), d.transport.meansId},
                       {QStringLiteral("voyage"), d.transport.voyage}}},
          {QStringLiteral("declaredEmpty"), d.declaredEmpty},
          {QStringLiteral("goods"), goods}};
}

Declaration readDeclaration(JsonReader& reader) {
  Declaration d;
  d.id = reader.requiredMatch(QStringLiteral("id"), kIdPattern, QStringLiteral("a declaration id"));
  d.number = reader.requiredString(QStringLiteral("number"), 64);
  d.lodgedAt = reader.requiredTimestamp(QStringLiteral("lodgedAt"));
  d.declarant = readParty(reader.child(QStringLiteral("declarant")));
  d.consignee = readParty(reader.child(QStringLiteral("consignee")));
  d.originCountry = reader.requiredMatch(QStringLiteral("originCountry"), kCountry, kCountryWhat);
  d.destinationCountry = reader.requiredMatch(QStringLiteral("destinationCountry"), kCountry, kCountryWhat);
  d.portOfEntry = reader.optionalString(QStringLiteral("portOfEntry"), 16);
  d.containerNumbers = reader.stringList(QStringLiteral("containerNumbers"), false, 100, 32);
  for (int i = 0; i < d.containerNumbers.size() && reader.ok(); ++i) {
    const ContainerNumberCheck check = checkContainerNumber(d.containerNumbers.at(i));
    if (!check.valid)
      reader.fail(QStringLiteral("containerNumbers[%1]").arg(i),
                  QStringLiteral("'%1' is not a valid ISO 6346 container number: %2")
                      .arg(d.containerNumbers.at(i), check.problem));
    else
      d.containerNumbers[i] = check.normalized;
  }
  d.sealNumbers = reader.stringList(QStringLiteral("sealNumbers"), false, 100, 64);
  JsonReader transport = reader.child(QStringLiteral("transport"));
  d.transport.mode = transport.requiredEnum(QStringLiteral("mode"), kTransportModeNames);
  d.transport.meansId = transport.requiredString(QStringLiteral("meansId"), 64);
  d.transport.voyage = transport.optionalString(QStringLiteral("voyage"), 64);
  d.declaredEmpty = reader.optionalBool(QStringLiteral("declaredEmpty"), false);
  reader.objectArray(QStringLiteral("goods"), false, kMaxGoodsLines, [&](JsonReader& item) {
    d.goods.append(readGoodsItem(item));
  });
  if (!reader.ok()) return d;
  if (d.declaredEmpty && !d.goods.isEmpty())
    reader.fail(QStringLiteral("goods"), QStringLiteral("a declaration of an empty container lists no goods"));
  else if (!d.declaredEmpty && d.goods.isEmpty())
    reader.fail(QStringLiteral("goods"), QStringLiteral("must list at least one item unless declaredEmpty is true"));
  QList<int> lines;
  for (int i = 0; i < d.goods.size() && reader.ok(); ++i) {
    if (lines.contains(d.goods.at(i).line))
      reader.fail(QStringLiteral("goods[%1].line").arg(i),
                  QStringLiteral("line %1 appears twice").arg(d.goods.at(i).line));
    lines << d.goods.at(i).line;
  }
  return d;
}

Decoded<Declaration> decodeDeclaration(const QByteArray& json) {
  return decodeDocument<Declaration>(json, readDeclaration);
}

}  // namespace cip::model
