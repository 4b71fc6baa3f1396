#pragma once

#include <QString>

#include <random>

namespace cip::server {

/// Faults the server injects on purpose, for the client's fault tests: each request is answered
/// normally or, with the given probabilities, with a 500 or 503, not at all (it hangs), by a
/// dropped connection, with a truncated body, or with a corrupted file body. Deterministic for a
/// seed. Set on the command line (`--faults "500=0.1,503=0.1,hang=0.02,drop=0.05,truncate=0.05,corrupt=0.02"`).
struct FaultPlan {
  enum Fault { None, Error500, Error503, Hang, Drop, Truncate, Corrupt };
  double error500 = 0, error503 = 0, hang = 0, drop = 0, truncate = 0, corrupt = 0;

  /// Parses "name=p,…"; false with `error` set for an unknown name or a probability outside 0–1.
  bool parse(const QString& spec, QString* error);
  bool any() const { return error500 + error503 + hang + drop + truncate + corrupt > 0; }
  /// The fault for the next request; `fileBody` says whether it carries a scan file (corrupt
  /// applies only to those).
  Fault draw(bool fileBody);
  void seed(unsigned value) { engine_.seed(value); }

 private:
  std::mt19937 engine_{12345};
};

}  // namespace cip::server
