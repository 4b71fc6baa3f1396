#include "imaging/core/analysis/ExpectedMaterials.h"

namespace cip::imaging {

namespace {

constexpr unsigned O = 1u << 1, I = 1u << 2, M = 1u << 3;

/// Classes by HS chapter: what the goods are made of, as a 6/4 MeV or 160/80 kV system sees it.
/// Aluminium (chapter 76) and glass, stone and ceramics read as inorganic (Z 11–14).
struct ChapterRange {
  int first, last;
  unsigned classes;
};
constexpr ChapterRange kChapters[] = {
    {1, 21, O},          // animals, plants, food
    {22, 22, O | I},     // beverages, often in glass bottles
    {23, 24, O},         // feed, tobacco
    {25, 25, I},         // salt, earth, stone, cement
    {26, 26, I | M},     // ores
    {27, 27, O},         // mineral fuels, oils
    {28, 28, I},         // inorganic chemicals
    {29, 30, O},         // organic chemicals, pharmaceuticals
    {31, 31, O | I},     // fertilisers
    {32, 38, O | I},     // paints, soaps, glues, explosives, photographic, chemical products
    {39, 40, O},         // plastics, rubber
    {41, 67, O},         // hides, wood, paper, textiles, footwear
    {68, 70, I},         // stone and cement articles, ceramics, glass
    {71, 71, M},         // precious metals, jewellery
    {72, 75, M},         // iron and steel, copper, nickel
    {76, 76, I},         // aluminium
    {78, 83, M},         // lead, zinc, tin, other base metals, tools
    {84, 84, I | M},     // machinery
    {85, 85, O | I | M}, // electrical equipment
    {86, 92, O | I | M}, // vehicles, instruments, clocks, musical instruments
    {93, 93, M},         // arms and ammunition
    {94, 97, O | I | M}, // furniture, toys, miscellaneous, art
};

unsigned classesOfChapter(int chapter) {
  for (const ChapterRange& range : kChapters)
    if (chapter >= range.first && chapter <= range.last) return range.classes;
  return 0;
}

}  // namespace

ExpectedMaterials expectedMaterials(const std::vector<std::string>& hsCodes) {
  ExpectedMaterials expected;
  expected.known = true;
  unsigned classes = 0;
  for (const std::string& code : hsCodes) {
    const bool digits = code.size() >= 2 && code[0] >= '0' && code[0] <= '9' && code[1] >= '0' && code[1] <= '9';
    const unsigned chapterClasses = digits ? classesOfChapter((code[0] - '0') * 10 + (code[1] - '0')) : 0;
    if (chapterClasses == 0) return ExpectedMaterials{};
    classes |= chapterClasses;
  }
  for (MaterialClass cls : {MaterialClass::Organic, MaterialClass::Inorganic, MaterialClass::Metal})
    expected.allowed[static_cast<std::size_t>(cls)] = (classes >> static_cast<unsigned>(cls)) & 1u;
  return expected;
}

std::string ExpectedMaterials::describe() const {
  if (!known) return "unknown";
  std::string text;
  for (MaterialClass cls : {MaterialClass::Organic, MaterialClass::Inorganic, MaterialClass::Metal})
    if (allowed[static_cast<std::size_t>(cls)]) text += (text.empty() ? "" : ", ") + std::string(toString(cls));
  return text.empty() ? "nothing (declared empty)" : text;
}

}  // namespace cip::imaging
