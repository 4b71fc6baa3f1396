#pragma once

#include <filesystem>
#include <string>
#include <vector>

/// A temporary folder for files a test writes, removed afterwards.
struct TempFolder {
  TempFolder();
  ~TempFolder();
  std::string file(const std::string& name) const { return (path / name).string(); }
  std::filesystem::path path;
};

void writeBytes(const std::string& path, const std::string& bytes);
/// A NumPy v1 file with the given header dictionary and raw payload.
std::string npyBytes(const std::string& dict, const std::string& payload, int version = 1);
std::string u16le(const std::vector<unsigned>& values);
