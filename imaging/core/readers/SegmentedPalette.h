#pragma once

#include <cstdint>
#include <string>
#include <vector>

class DcmDataset;

namespace cip::imaging {

/// Expands a segmented palette colour table (PS3.3 C.7.9.2: discrete, linear and indirect
/// segments) into `entries` values. Throws ScanError naming `path` and what is wrong when a
/// segment runs past the data, points outside it, nests too deep, or the result does not have
/// exactly `entries` values: a damaged table is refused, never guessed at.
std::vector<std::uint16_t> expandSegmentedLut(const std::string& path, const std::vector<std::uint16_t>& segments, std::size_t entries);

/// DCMTK draws palette colour only from plain tables: a file that stores its Red, Green and Blue
/// tables segmented (0028,1221–1223) gets them expanded into the plain elements (0028,1201–1203)
/// before its pixels are decoded. Returns whether anything was expanded.
bool expandSegmentedPalette(const std::string& path, DcmDataset& ds);

}  // namespace cip::imaging
