#pragma once

#include <string>
#include <vector>

namespace cip::imaging {

/// How a helper program ended.
struct HostRun {
  int exitCode = -1;    ///< the program's exit status; -1 when it did not exit by itself
  int signal = 0;       ///< the signal that ended it (a crash: 11, 6 …), 0 when it exited
  bool timedOut = false;  ///< killed after the time allowed
  bool started = false;
  std::string out;      ///< its standard output (at most 1 MiB kept)
  std::string err;      ///< its standard error (at most 64 KiB kept)
};

/// Runs `program` with `arguments` (no shell), waits at most `timeoutMs` and kills it after that.
/// Used to run vendors' code in a process of its own: whatever it does ends here as a HostRun.
HostRun runHostProcess(const std::string& program, const std::vector<std::string>& arguments, int timeoutMs);

}  // namespace cip::imaging
