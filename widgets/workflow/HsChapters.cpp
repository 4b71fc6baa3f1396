#include "widgets/workflow/HsChapters.h"

#include <QCoreApplication>

#include <array>

namespace cip::widgets {

namespace {

// The chapter titles of the Harmonized System nomenclature (WCO), shortened where long.
constexpr std::array<const char*, 97> kChapters{{
    QT_TRANSLATE_NOOP("HsChapters", "Live animals"),
    QT_TRANSLATE_NOOP("HsChapters", "Meat and edible meat offal"),
    QT_TRANSLATE_NOOP("HsChapters", "Fish and crustaceans, molluscs and other aquatic invertebrates"),
    QT_TRANSLATE_NOOP("HsChapters", "Dairy produce; birds' eggs; natural honey"),
    QT_TRANSLATE_NOOP("HsChapters", "Products of animal origin, not elsewhere specified"),
    QT_TRANSLATE_NOOP("HsChapters", "Live trees and other plants; cut flowers"),
    QT_TRANSLATE_NOOP("HsChapters", "Edible vegetables and certain roots and tubers"),
    QT_TRANSLATE_NOOP("HsChapters", "Edible fruit and nuts; peel of citrus fruit or melons"),
    QT_TRANSLATE_NOOP("HsChapters", "Coffee, tea, maté and spices"),
    QT_TRANSLATE_NOOP("HsChapters", "Cereals"),
    QT_TRANSLATE_NOOP("HsChapters", "Products of the milling industry; malt; starches"),
    QT_TRANSLATE_NOOP("HsChapters", "Oil seeds and oleaginous fruits; industrial or medicinal plants"),
    QT_TRANSLATE_NOOP("HsChapters", "Lac; gums, resins and other vegetable saps and extracts"),
    QT_TRANSLATE_NOOP("HsChapters", "Vegetable plaiting materials"),
    QT_TRANSLATE_NOOP("HsChapters", "Animal or vegetable fats and oils"),
    QT_TRANSLATE_NOOP("HsChapters", "Preparations of meat, fish or crustaceans"),
    QT_TRANSLATE_NOOP("HsChapters", "Sugars and sugar confectionery"),
    QT_TRANSLATE_NOOP("HsChapters", "Cocoa and cocoa preparations"),
    QT_TRANSLATE_NOOP("HsChapters", "Preparations of cereals, flour, starch or milk; pastrycooks' products"),
    QT_TRANSLATE_NOOP("HsChapters", "Preparations of vegetables, fruit or nuts"),
    QT_TRANSLATE_NOOP("HsChapters", "Miscellaneous edible preparations"),
    QT_TRANSLATE_NOOP("HsChapters", "Beverages, spirits and vinegar"),
    QT_TRANSLATE_NOOP("HsChapters", "Residues from the food industries; prepared animal fodder"),
    QT_TRANSLATE_NOOP("HsChapters", "Tobacco and manufactured tobacco substitutes"),
    QT_TRANSLATE_NOOP("HsChapters", "Salt; sulphur; earths and stone; plaster, lime and cement"),
    QT_TRANSLATE_NOOP("HsChapters", "Ores, slag and ash"),
    QT_TRANSLATE_NOOP("HsChapters", "Mineral fuels and oils; bituminous substances; mineral waxes"),
    QT_TRANSLATE_NOOP("HsChapters", "Inorganic chemicals"),
    QT_TRANSLATE_NOOP("HsChapters", "Organic chemicals"),
    QT_TRANSLATE_NOOP("HsChapters", "Pharmaceutical products"),
    QT_TRANSLATE_NOOP("HsChapters", "Fertilisers"),
    QT_TRANSLATE_NOOP("HsChapters", "Tanning or dyeing extracts; dyes, pigments, paints and varnishes; inks"),
    QT_TRANSLATE_NOOP("HsChapters", "Essential oils; perfumery, cosmetic or toilet preparations"),
    QT_TRANSLATE_NOOP("HsChapters", "Soap, washing preparations, lubricants, waxes, candles"),
    QT_TRANSLATE_NOOP("HsChapters", "Albuminoidal substances; modified starches; glues; enzymes"),
    QT_TRANSLATE_NOOP("HsChapters", "Explosives; pyrotechnic products; matches"),
    QT_TRANSLATE_NOOP("HsChapters", "Photographic or cinematographic goods"),
    QT_TRANSLATE_NOOP("HsChapters", "Miscellaneous chemical products"),
    QT_TRANSLATE_NOOP("HsChapters", "Plastics and articles thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "Rubber and articles thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "Raw hides and skins (other than furskins) and leather"),
    QT_TRANSLATE_NOOP("HsChapters", "Articles of leather; saddlery; handbags and travel goods"),
    QT_TRANSLATE_NOOP("HsChapters", "Furskins and artificial fur; manufactures thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "Wood and articles of wood; wood charcoal"),
    QT_TRANSLATE_NOOP("HsChapters", "Cork and articles of cork"),
    QT_TRANSLATE_NOOP("HsChapters", "Manufactures of straw or other plaiting materials; basketware"),
    QT_TRANSLATE_NOOP("HsChapters", "Pulp of wood or other fibrous cellulosic material; recovered paper"),
    QT_TRANSLATE_NOOP("HsChapters", "Paper and paperboard; articles of paper pulp, paper or paperboard"),
    QT_TRANSLATE_NOOP("HsChapters", "Printed books, newspapers, pictures and other printed matter"),
    QT_TRANSLATE_NOOP("HsChapters", "Silk"),
    QT_TRANSLATE_NOOP("HsChapters", "Wool, fine or coarse animal hair; horsehair yarn and woven fabric"),
    QT_TRANSLATE_NOOP("HsChapters", "Cotton"),
    QT_TRANSLATE_NOOP("HsChapters", "Other vegetable textile fibres; paper yarn"),
    QT_TRANSLATE_NOOP("HsChapters", "Man-made filaments"),
    QT_TRANSLATE_NOOP("HsChapters", "Man-made staple fibres"),
    QT_TRANSLATE_NOOP("HsChapters", "Wadding, felt and nonwovens; special yarns; twine, cordage, ropes"),
    QT_TRANSLATE_NOOP("HsChapters", "Carpets and other textile floor coverings"),
    QT_TRANSLATE_NOOP("HsChapters", "Special woven fabrics; tufted fabrics; lace; tapestries"),
    QT_TRANSLATE_NOOP("HsChapters", "Impregnated, coated, covered or laminated textile fabrics"),
    QT_TRANSLATE_NOOP("HsChapters", "Knitted or crocheted fabrics"),
    QT_TRANSLATE_NOOP("HsChapters", "Articles of apparel, knitted or crocheted"),
    QT_TRANSLATE_NOOP("HsChapters", "Articles of apparel, not knitted or crocheted"),
    QT_TRANSLATE_NOOP("HsChapters", "Other made up textile articles; worn clothing; rags"),
    QT_TRANSLATE_NOOP("HsChapters", "Footwear, gaiters and the like"),
    QT_TRANSLATE_NOOP("HsChapters", "Headgear and parts thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "Umbrellas, walking sticks, whips"),
    QT_TRANSLATE_NOOP("HsChapters", "Prepared feathers and down; artificial flowers; articles of human hair"),
    QT_TRANSLATE_NOOP("HsChapters", "Articles of stone, plaster, cement, asbestos, mica"),
    QT_TRANSLATE_NOOP("HsChapters", "Ceramic products"),
    QT_TRANSLATE_NOOP("HsChapters", "Glass and glassware"),
    QT_TRANSLATE_NOOP("HsChapters", "Pearls, precious stones and metals; imitation jewellery; coin"),
    QT_TRANSLATE_NOOP("HsChapters", "Iron and steel"),
    QT_TRANSLATE_NOOP("HsChapters", "Articles of iron or steel"),
    QT_TRANSLATE_NOOP("HsChapters", "Copper and articles thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "Nickel and articles thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "Aluminium and articles thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "(reserved)"),
    QT_TRANSLATE_NOOP("HsChapters", "Lead and articles thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "Zinc and articles thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "Tin and articles thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "Other base metals; cermets; articles thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "Tools, implements, cutlery of base metal"),
    QT_TRANSLATE_NOOP("HsChapters", "Miscellaneous articles of base metal"),
    QT_TRANSLATE_NOOP("HsChapters", "Nuclear reactors, boilers, machinery and mechanical appliances"),
    QT_TRANSLATE_NOOP("HsChapters", "Electrical machinery and equipment; sound and television recorders"),
    QT_TRANSLATE_NOOP("HsChapters", "Railway or tramway locomotives, rolling stock and track fixtures"),
    QT_TRANSLATE_NOOP("HsChapters", "Vehicles other than railway or tramway rolling stock"),
    QT_TRANSLATE_NOOP("HsChapters", "Aircraft, spacecraft and parts thereof"),
    QT_TRANSLATE_NOOP("HsChapters", "Ships, boats and floating structures"),
    QT_TRANSLATE_NOOP("HsChapters", "Optical, photographic, measuring, checking and medical instruments"),
    QT_TRANSLATE_NOOP("HsChapters", "Clocks and watches"),
    QT_TRANSLATE_NOOP("HsChapters", "Musical instruments"),
    QT_TRANSLATE_NOOP("HsChapters", "Arms and ammunition"),
    QT_TRANSLATE_NOOP("HsChapters", "Furniture; bedding; lamps; prefabricated buildings"),
    QT_TRANSLATE_NOOP("HsChapters", "Toys, games and sports requisites"),
    QT_TRANSLATE_NOOP("HsChapters", "Miscellaneous manufactured articles"),
    QT_TRANSLATE_NOOP("HsChapters", "Works of art, collectors' pieces and antiques"),
}};

}  // namespace

QString hsChapterTitle(const QString& hsCode) {
  bool ok = false;
  const int chapter = hsCode.left(2).toInt(&ok);
  if (!ok || hsCode.size() < 2 || chapter < 1 || chapter > static_cast<int>(kChapters.size())) return {};
  return QCoreApplication::translate("HsChapters", kChapters[static_cast<std::size_t>(chapter - 1)]);
}

}  // namespace cip::widgets
