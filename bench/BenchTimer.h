#pragma once

#include <algorithm>
#include <chrono>
#include <functional>
#include <vector>

/// Median wall time of `runs` calls of `work`, in milliseconds (after one warm-up call).
inline double medianMs(int runs, const std::function<void()>& work) {
  work();
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    work();
    times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}
