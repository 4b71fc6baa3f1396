#include "imaging/core/readers/NpyReader.h"

#include "imaging/core/readers/RawPixels.h"

#include <fstream>
#include <cstring>

namespace cip::imaging {

namespace {
const std::string kMagic = "\x93NUMPY";
constexpr std::size_t kMaxHeader = 1 << 16;

/// The text of `key`'s value in the header dictionary: a quoted string, True/False or a tuple.
std::string npyValue(const std::string& path, const std::string& dict, const char* key) {
  const std::string quoted = std::string("'") + key + "'";
  std::size_t at = dict.find(quoted);
  if (at == std::string::npos) throw ScanError(path, std::string("NumPy header has no '") + key + "'");
  at = dict.find(':', at + quoted.size());
  if (at == std::string::npos) throw ScanError(path, std::string("NumPy header '") + key + "' has no value");
  ++at;
  while (at < dict.size() && dict[at] == ' ') ++at;
  if (at >= dict.size()) throw ScanError(path, std::string("NumPy header '") + key + "' has no value");
  std::size_t end = at;
  if (dict[at] == '\'') end = dict.find('\'', at + 1);
  else if (dict[at] == '(') end = dict.find(')', at);
  else end = dict.find_first_of(",}", at) - 1;
  if (end == std::string::npos || end < at || end >= dict.size())
    throw ScanError(path, std::string("NumPy header '") + key + "' is not terminated");
  return dict.substr(at, end - at + 1);
}
}  // namespace

int NpyReader::confidence(const SniffInput& input) const {
  return input.head.compare(0, kMagic.size(), kMagic) == 0 ? 100 : 0;
}

NpyHeader parseNpyHeader(const std::string& path, const std::string& bytes) {
  if (bytes.size() < 10 || bytes.compare(0, kMagic.size(), kMagic) != 0) throw ScanError(path, "not a NumPy .npy file (magic missing)");
  const auto major = static_cast<unsigned char>(bytes[6]);
  std::size_t headerLength = 0;
  std::size_t start = 0;
  if (major == 1) {
    headerLength = static_cast<unsigned char>(bytes[8]) | (static_cast<std::size_t>(static_cast<unsigned char>(bytes[9])) << 8);
    start = 10;
  } else if (major == 2 || major == 3) {
    if (bytes.size() < 12) throw ScanError(path, "NumPy header is truncated");
    for (int i = 0; i < 4; ++i) headerLength |= static_cast<std::size_t>(static_cast<unsigned char>(bytes[8 + i])) << (8 * i);
    start = 12;
  } else {
    throw ScanError(path, "NumPy format version " + std::to_string(major) + " is not supported (1–3 are)");
  }
  if (headerLength > kMaxHeader || start + headerLength > bytes.size())
    throw ScanError(path, "NumPy header claims " + std::to_string(headerLength) + " bytes, the file holds " +
                              std::to_string(bytes.size() - std::min(bytes.size(), start)));
  const std::string dict = bytes.substr(start, headerLength);
  NpyHeader header;
  header.dataOffset = start + headerLength;
  header.descr = npyValue(path, dict, "descr");
  if (header.descr.size() < 3 || header.descr.front() != '\'' || header.descr.back() != '\'')
    throw ScanError(path, "NumPy header 'descr' must be a quoted dtype such as '<u2'");
  header.descr = header.descr.substr(1, header.descr.size() - 2);
  const std::string fortran = npyValue(path, dict, "fortran_order");
  if (fortran != "True" && fortran != "False") throw ScanError(path, "NumPy header 'fortran_order' must be True or False");
  header.fortranOrder = fortran == "True";
  const std::string shape = npyValue(path, dict, "shape");
  if (shape.size() < 2 || shape.front() != '(' || shape.back() != ')') throw ScanError(path, "NumPy header 'shape' must be a tuple");
  std::string number;
  for (std::size_t i = 1; i < shape.size(); ++i) {
    const char c = shape[i];
    if (c >= '0' && c <= '9') {
      if (number.size() >= 12) throw ScanError(path, "NumPy shape value is too large");
      number += c;
    } else if (c == ',' || c == ')') {
      if (!number.empty()) header.shape.push_back(std::stoull(number));
      number.clear();
    } else if (c != ' ') {
      throw ScanError(path, "NumPy header 'shape' holds something other than whole numbers");
    }
  }
  return header;
}

Scan NpyReader::read(const std::string& path, const LoadLimits& limits) const {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw ScanError(path, "cannot be opened for reading");
  std::string head(kMaxHeader + 16, '\0');
  file.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(file.gcount()));
  const NpyHeader header = parseNpyHeader(path, head);
  if (header.fortranOrder) throw ScanError(path, "Fortran-ordered arrays are not supported; save with C order");

  RawLayout layout;
  layout.sample = parseNumpyDescr(path, header.descr);
  const auto& s = header.shape;
  if (s.size() == 2) {
    layout.height = s[0]; layout.width = s[1];
  } else if (s.size() == 3 && s[2] <= 4) {
    layout.height = s[0]; layout.width = s[1]; layout.channels = s[2]; layout.interleaved = true;
  } else if (s.size() == 3) {
    layout.depth = s[0]; layout.height = s[1]; layout.width = s[2];
  } else {
    throw ScanError(path, "NumPy shape with " + std::to_string(s.size()) + " dimensions is not an image (2 or 3 expected)");
  }
  layout.offset = header.dataOffset;
  if (layout.channels == 2) layout.roles = {ChannelRole::High, ChannelRole::Low};

  Scan scan = readRawPixels(path, layout, limits);
  scan.meta.format = name();
  if (scan.isDualEnergy()) scan.meta.meaning = PixelMeaning::Transmission;
  return scan;
}

}  // namespace cip::imaging
