// libFuzzer target for the synthetic scene parser: any text is a scene or a runtime_error naming
// the field. A parsed scene is rendered when small, so the renderer sees hostile geometry too.

#include "imaging/core/synth/SceneRenderer.h"

#include <cstdint>
#include <stdexcept>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    cip::imaging::Scene scene = cip::imaging::parseScene("scene.json", std::string(reinterpret_cast<const char*>(data), size));
    // Render only what stays small: the parser's bounds allow 65535² pixels, too much per input.
    if ((scene.lengthMm + 2 * scene.marginMm) / scene.pixelMm * (scene.heightMm + scene.marginMm) / scene.pixelMm <= 40000 && scene.objects.size() <= 20)
      (void)cip::imaging::renderScene(scene);
  } catch (const std::runtime_error&) {
  }
  return 0;
}
