// The automatic findings measured on labelled synthetic containers: detection and false-alarm
// rates of the empty check, the dense-region warning and the material anomaly detector.
// Usage: cip_eval_findings [--scenes N] [--seed S] [--pixel MM] [--list]
#include "imaging/core/analysis/AutomaticFindings.h"
#include "imaging/core/synth/FindingsEvaluation.h"
#include "imaging/core/synth/SceneGenerator.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace cip::imaging;

int main(int argc, char** argv) {
  int scenes = 200;
  unsigned seed = 1000;
  double pixelMm = 10;
  bool list = false;
  for (int i = 1; i < argc; ++i) {
    const bool hasValue = i + 1 < argc;
    if (std::strcmp(argv[i], "--scenes") == 0 && hasValue) scenes = std::atoi(argv[++i]);
    else if (std::strcmp(argv[i], "--seed") == 0 && hasValue) seed = static_cast<unsigned>(std::atol(argv[++i]));
    else if (std::strcmp(argv[i], "--pixel") == 0 && hasValue) pixelMm = std::atof(argv[++i]);
    else if (std::strcmp(argv[i], "--list") == 0) list = true;
    else {
      std::fprintf(stderr, "usage: cip_eval_findings [--scenes N] [--seed S] [--pixel MM] [--list]\n");
      return 2;
    }
  }
  if (scenes < 1 || pixelMm < 2 || pixelMm > 50) {
    std::fprintf(stderr, "cip_eval_findings: --scenes must be ≥ 1 and --pixel between 2 and 50 mm\n");
    return 2;
  }
  const MaterialCalibration calibration = MaterialCalibration::fromPhysics(cargoLinac6And4MeV());
  const MaterialClassifier classifier(calibration);
  const double denseTransmission = 10 * calibration.noiseFloor;
  FindingsEvaluation evaluation;
  double renderSeconds = 0, analyseSeconds = 0;
  for (const Scene& scene : generateScenes(scenes, seed, pixelMm)) {
    const auto t0 = std::chrono::steady_clock::now();
    const SyntheticScan synthetic = renderScene(scene);
    const auto t1 = std::chrono::steady_clock::now();
    DeclaredContent declared{scene.declarationKnown, {}};
    for (const DeclaredGoods& d : scene.declared) declared.hsCodes.push_back(d.hsCode);
    const ScanFindings findings = analyzeScan(synthetic.scan, calibration, classifier, declared);
    const auto t2 = std::chrono::steady_clock::now();
    renderSeconds += std::chrono::duration<double>(t1 - t0).count();
    analyseSeconds += std::chrono::duration<double>(t2 - t1).count();
    FindingsEvaluation one;
    one.add(scene, synthetic, findings, denseTransmission);
    evaluation.add(scene, synthetic, findings, denseTransmission);
    if (list) {
      const bool wrong = one.emptyCheck.falseAlarms + one.dense.falseAlarms + one.anomaly.falseAlarms > 0 ||
                         one.emptyCheck.detected < one.emptyCheck.positives || one.dense.detected < one.dense.positives ||
                         one.anomaly.detected < one.anomaly.positives;
      std::printf("%-24s %-5s empty=%-14s load=%zu dense=%zu impenetrable=%zu anomaly=%zu\n", scene.name.c_str(), wrong ? "WRONG" : "ok",
                  toString(findings.emptyCheck), findings.count(FindingKind::Load), findings.count(FindingKind::Dense),
                  findings.count(FindingKind::Impenetrable), findings.count(FindingKind::Anomaly));
      if (wrong)
        for (const SceneTruth& t : synthetic.truth)
          std::printf("    truth %s%s (%s) at %d,%d %dx%d, transmission %.4f\n", t.concealed ? "concealed " : "", t.name.c_str(),
                      t.material.c_str(), t.box.x, t.box.y, t.box.width, t.box.height, t.transmissionHigh);
      if (wrong)
        for (const Finding& f : findings.findings)
          std::printf("    %s at %d,%d %dx%d: %s\n", toString(f.kind), f.box.x, f.box.y, f.box.width, f.box.height, f.message.c_str());
    }
  }
  std::printf("%d synthetic 20 ft containers, 6/4 MeV, %.0f mm pixels, seeds %u…%u\n", scenes, pixelMm, seed, seed + scenes - 1);
  std::printf("%s", evaluation.table().c_str());
  std::printf("rendering %.0f ms, analysis %.0f ms per scan\n", 1000 * renderSeconds / scenes, 1000 * analyseSeconds / scenes);
  return 0;
}
