#include "sync/store/DeclarationRepository.h"

#include "sync/store/JsonColumn.h"

namespace cip::store {

using model::Declaration;
using model::GoodsItem;

namespace {

// Lenient on purpose: a party is stored as the workstation received or edited it.
model::Party readParty(model::JsonReader& reader) {
  model::Party party;
  party.name = reader.optionalString(QStringLiteral("name"));
  party.address = reader.optionalString(QStringLiteral("address"));
  party.country = reader.optionalString(QStringLiteral("country"));
  party.identifier = reader.optionalString(QStringLiteral("identifier"));
  return party;
}

}  // namespace

void DeclarationRepository::save(const Declaration& d) {
  Transaction transaction(db_);
  db_.prepare("INSERT INTO declarations (id, number, lodged_at, declarant, consignee, origin_country, "
              "destination_country, port_of_entry, container_numbers, seal_numbers, transport_mode, "
              "transport_means, transport_voyage, declared_empty) "
              "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14) ON CONFLICT(id) DO UPDATE SET "
              "number=?2, lodged_at=?3, declarant=?4, consignee=?5, origin_country=?6, "
              "destination_country=?7, port_of_entry=?8, container_numbers=?9, seal_numbers=?10, "
              "transport_mode=?11, transport_means=?12, transport_voyage=?13, declared_empty=?14")
      .bind(1, d.id).bind(2, d.number).bind(3, model::timestampToString(d.lodgedAt))
      .bind(4, jsonText(model::toJson(d.declarant))).bind(5, jsonText(model::toJson(d.consignee)))
      .bind(6, d.originCountry).bind(7, d.destinationCountry).bind(8, d.portOfEntry)
      .bind(9, jsonText(d.containerNumbers)).bind(10, jsonText(d.sealNumbers))
      .bind(11, model::enumToString(model::kTransportModeNames, d.transport.mode))
      .bind(12, d.transport.meansId).bind(13, d.transport.voyage).bind(14, d.declaredEmpty ? 1 : 0)
      .run();
  db_.prepare("DELETE FROM goods_items WHERE declaration_id=?1").bind(1, d.id).run();
  for (const GoodsItem& item : d.goods) {
    db_.prepare("INSERT INTO goods_items (declaration_id, line, hs_code, description, quantity, unit, "
                "gross_kg, net_kg, value, currency) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)")
        .bind(1, d.id).bind(2, item.line).bind(3, item.hsCode).bind(4, item.description)
        .bind(5, item.quantity).bind(6, item.unit).bind(7, item.grossKg).bind(8, item.netKg)
        .bind(9, item.value).bind(10, item.currency)
        .run();
  }
  transaction.commit();
}

std::optional<Declaration> DeclarationRepository::find(const QString& id) const {
  Statement query = db_.prepare(
      "SELECT number, lodged_at, declarant, consignee, origin_country, destination_country, "
      "port_of_entry, container_numbers, seal_numbers, transport_mode, transport_means, "
      "transport_voyage, declared_empty FROM declarations WHERE id=?1");
  query.bind(1, id);
  if (!query.step()) return std::nullopt;
  Declaration d;
  d.id = id;
  d.number = query.text(0);
  d.lodgedAt = timestampColumn(query.text(1));
  d.declarant = decodeColumn<model::Party>(db_, query.text(2), readParty, "declarations.declarant", id);
  d.consignee = decodeColumn<model::Party>(db_, query.text(3), readParty, "declarations.consignee", id);
  d.originCountry = query.text(4);
  d.destinationCountry = query.text(5);
  d.portOfEntry = query.text(6);
  d.containerNumbers = decodeStringList(db_, query.text(7), "declarations.container_numbers", id);
  d.sealNumbers = decodeStringList(db_, query.text(8), "declarations.seal_numbers", id);
  d.transport.mode = decodeEnumColumn(db_, model::kTransportModeNames, query.text(9),
                                      "declarations.transport_mode", id);
  d.transport.meansId = query.text(10);
  d.transport.voyage = query.text(11);
  d.declaredEmpty = query.integer(12) != 0;

  Statement goods = db_.prepare("SELECT line, hs_code, description, quantity, unit, gross_kg, net_kg, "
                                "value, currency FROM goods_items WHERE declaration_id=?1 ORDER BY line");
  goods.bind(1, id);
  while (goods.step()) {
    GoodsItem item;
    item.line = static_cast<int>(goods.integer(0));
    item.hsCode = goods.text(1);
    item.description = goods.text(2);
    item.quantity = goods.real(3);
    item.unit = goods.text(4);
    item.grossKg = goods.real(5);
    item.netKg = goods.real(6);
    item.value = goods.real(7);
    item.currency = goods.text(8);
    d.goods << item;
  }
  return d;
}

}  // namespace cip::store
