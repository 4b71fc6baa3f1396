#include "TestFiles.h"

#include <cstdlib>
#include <fstream>
#include <random>

namespace fs = std::filesystem;

TempFolder::TempFolder() {
  std::random_device random;
  path = fs::temp_directory_path() / ("cip_imaging_" + std::to_string(random()));
  fs::create_directories(path);
}

TempFolder::~TempFolder() {
  std::error_code error;
  fs::remove_all(path, error);
}

void writeBytes(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string npyBytes(const std::string& dict, const std::string& payload, int version) {
  std::string header = dict;
  const std::size_t prefix = version == 1 ? 10 : 12;
  while ((prefix + header.size() + 1) % 64 != 0) header += ' ';
  header += '\n';
  std::string out = "\x93NUMPY";
  out += static_cast<char>(version);
  out += '\0';
  const std::size_t n = header.size();
  out += static_cast<char>(n & 0xff);
  out += static_cast<char>((n >> 8) & 0xff);
  if (version != 1) out += std::string(2, '\0');
  return out + header + payload;
}

std::string u16le(const std::vector<unsigned>& values) {
  std::string out;
  for (unsigned v : values) {
    out += static_cast<char>(v & 0xff);
    out += static_cast<char>((v >> 8) & 0xff);
  }
  return out;
}
