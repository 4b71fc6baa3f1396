#include "imaging/core/readers/SegmentedPalette.h"

#include "imaging/core/ScanError.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <cmath>

namespace cip::imaging {

namespace {

/// Expands `count` segments (all when `count` is 0) starting at word `at`; `depth` bounds the
/// indirect segments, which may point back at earlier ones.
void expandSegments(const std::string& path, const std::vector<std::uint16_t>& data, std::size_t at, std::size_t count, int depth,
                    std::size_t entries, std::vector<std::uint16_t>& out) {
  if (depth > 4) throw ScanError(path, "segmented palette: indirect segments nest too deep");
  for (std::size_t done = 0; (count == 0 ? at < data.size() : done < count); ++done) {
    if (at + 1 >= data.size()) throw ScanError(path, "segmented palette: a segment header runs past the table's data");
    const std::uint16_t opcode = data[at], length = data[at + 1];
    // Every segment that is not indirect adds at least one entry, so the entry count bounds the
    // work however the indirect ones nest, and no segment may go past the table's size.
    if (opcode != 2 && length == 0) throw ScanError(path, "segmented palette: a segment of length 0");
    if (opcode != 2 && out.size() + length > entries)
      throw ScanError(path, "segmented palette: the segments make more entries than the descriptor's " + std::to_string(entries));
    if (opcode == 0) {  // discrete: `length` values follow
      if (at + 2 + length > data.size()) throw ScanError(path, "segmented palette: a discrete segment runs past the table's data");
      out.insert(out.end(), data.begin() + static_cast<std::ptrdiff_t>(at + 2), data.begin() + static_cast<std::ptrdiff_t>(at + 2 + length));
      at += 2 + length;
    } else if (opcode == 1) {  // linear: from the last value to the next one in `length` steps
      if (at + 2 >= data.size()) throw ScanError(path, "segmented palette: a linear segment runs past the table's data");
      if (out.empty()) throw ScanError(path, "segmented palette: a linear segment comes first, with nothing to start from");
      const double from = out.back(), to = data[at + 2];
      for (std::size_t k = 1; k <= length; ++k)
        out.push_back(static_cast<std::uint16_t>(std::lround(from + (to - from) * static_cast<double>(k) / length)));
      at += 3;
    } else if (opcode == 2) {  // indirect: `length` segments again, from a 32-bit word offset (low word first)
      if (at + 3 >= data.size()) throw ScanError(path, "segmented palette: an indirect segment runs past the table's data");
      const std::size_t offset = static_cast<std::size_t>(data[at + 2]) | (static_cast<std::size_t>(data[at + 3]) << 16);
      if (offset >= data.size() || length == 0) throw ScanError(path, "segmented palette: an indirect segment points outside the table");
      expandSegments(path, data, offset, length, depth + 1, entries, out);
      at += 4;
    } else {
      throw ScanError(path, "segmented palette: unknown segment type " + std::to_string(opcode));
    }
  }
}

}  // namespace

std::vector<std::uint16_t> expandSegmentedLut(const std::string& path, const std::vector<std::uint16_t>& segments, std::size_t entries) {
  std::vector<std::uint16_t> out;
  out.reserve(entries);
  expandSegments(path, segments, 0, 0, 0, entries, out);
  if (out.size() != entries)
    throw ScanError(path, "segmented palette: the segments make " + std::to_string(out.size()) + " entries, the descriptor says " + std::to_string(entries));
  return out;
}

bool expandSegmentedPalette(const std::string& path, DcmDataset& ds) {
  const DcmTagKey segmented[3] = {DCM_SegmentedRedPaletteColorLookupTableData, DCM_SegmentedGreenPaletteColorLookupTableData,
                                  DCM_SegmentedBluePaletteColorLookupTableData};
  const DcmTagKey plain[3] = {DCM_RedPaletteColorLookupTableData, DCM_GreenPaletteColorLookupTableData, DCM_BluePaletteColorLookupTableData};
  const DcmTagKey descriptors[3] = {DCM_RedPaletteColorLookupTableDescriptor, DCM_GreenPaletteColorLookupTableDescriptor,
                                    DCM_BluePaletteColorLookupTableDescriptor};
  bool expanded = false;
  for (int c = 0; c < 3; ++c) {
    const Uint16* words = nullptr;
    unsigned long count = 0;
    if (ds.tagExists(plain[c]) || ds.findAndGetUint16Array(segmented[c], words, &count).bad() || !words) continue;
    Uint16 entries = 0, bits = 0;
    if (ds.findAndGetUint16(descriptors[c], entries, 0).bad() || ds.findAndGetUint16(descriptors[c], bits, 2).bad())
      throw ScanError(path, "segmented palette without a complete Palette Color Lookup Table Descriptor");
    const std::vector<std::uint16_t> table = expandSegmentedLut(path, std::vector<std::uint16_t>(words, words + count), entries == 0 ? 65536 : entries);
    if (ds.putAndInsertUint16Array(plain[c], table.data(), static_cast<unsigned long>(table.size())).bad())
      throw ScanError(path, "segmented palette: the expanded table cannot be stored");
    expanded = true;
  }
  return expanded;
}

}  // namespace cip::imaging
