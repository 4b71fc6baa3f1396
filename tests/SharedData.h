#pragma once

#include <string>

/// The folder of shared sample scans: $CIP_SHARED_DATA_DIR when set, else ../shared/data beside
/// the project. "" when it is absent or empty — the scans are not part of the repository — and
/// then it has printed the marker on which ctest reports the calling test case as skipped rather
/// than passed (CIP_TEST_SKIPPED in tests/CMakeLists.txt). The caller returns at once:
///   const std::string root = sharedData();
///   if (root.empty()) return;
std::string sharedData();
