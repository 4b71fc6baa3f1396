#pragma once

#include <algorithm>
#include <vector>

namespace cip::imaging {

/// The value at `fraction` (0–1) of `values`, by partial sort (reorders them): for samples of a
/// few hundred thousand, where a 16-bit histogram does not apply (floats) or is not worth it.
inline float percentileOf(std::vector<float>& values, double fraction) {
  if (values.empty()) return 0;
  const auto k = static_cast<long>(std::clamp(fraction, 0.0, 1.0) * static_cast<double>(values.size() - 1));
  std::nth_element(values.begin(), values.begin() + k, values.end());
  return values[static_cast<std::size_t>(k)];
}

}  // namespace cip::imaging
