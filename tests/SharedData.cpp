#include "SharedData.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>

std::string sharedData() {
  namespace fs = std::filesystem;
  const char* chosen = std::getenv("CIP_SHARED_DATA_DIR");
  const fs::path dir = chosen && *chosen ? fs::path(chosen) : fs::path(CIP_SHARED_DATA);
  std::error_code error;
  const bool present = fs::is_directory(dir, error) && !fs::is_empty(dir, error) && !error;
  if (present) return dir.string();
  WARN(CIP_TEST_SKIP_MARKER " the shared sample data is absent (" << dir.string() << ")");
  return {};
}
