#pragma once

#include <string>
#include <vector>

namespace cip::imaging {

/// One object in a synthetic scan, seen side-on by the fan beam.
struct SceneObject {
  std::string name;
  std::string material;   ///< a reference material (water, plastic, bone, aluminium, iron, …)
  double density = 0;     ///< g/cm³; 0 = the material's own (wood ≈ plastic at 0.6, cigarettes ≈ 0.25)
  std::string shape = "box";  ///< "box" (constant path) or "cylinder" (axis along the beam's normal: chord path)
  double xMm = 0, yMm = 0, widthMm = 0, heightMm = 0;  ///< in the image plane; y from the floor up
  double depthMm = 0;     ///< path length through the object along the beam (box), or diameter (cylinder)
  bool concealed = false; ///< hidden goods: listed in the ground truth as what an analyst must find
  std::string category;   ///< for concealed items: "cigarettes", "drugs", "weapons", "currency", …
};

/// One line of the declaration that travels with the scene: what the goods are said to be.
struct DeclaredGoods {
  std::string hsCode;  ///< Harmonized System code, 2–10 digits
  std::string description;
};

/// A scene description (JSON, format "cip-scene"): a container or bag and what is in it.
struct Scene {
  std::string name;
  std::string system = "cargo-6-4MeV";
  double pixelMm = 5.0;        ///< detector pitch and scan step
  double lengthMm = 6058;      ///< 20 ft container outside length
  double heightMm = 2591;
  /// "iso-container": air margins around a container with its frame (end posts, rails, floor on
  /// cross members, roof, corrugated walls) as real cargo images show it, objects standing on
  /// the floor; "walls": the two side walls only, edge to edge (for exact physics checks).
  std::string structure = "iso-container";
  double marginMm = 300;       ///< air before, after and above the container ("iso-container")
  double wallSteelMm = 2.0;    ///< each side wall; the beam crosses two
  double noise = 0.003;        ///< detector noise σ as a fraction of I₀
  double blurPixels = 0.7;     ///< detector point-spread σ
  unsigned seed = 1;
  std::vector<SceneObject> objects;
  /// What the declaration says is inside; only meaningful when `declarationKnown` (an empty
  /// list then means "declared empty").
  bool declarationKnown = false;
  std::vector<DeclaredGoods> declared;
};

/// Where the container floor's top lies above the container bottom: objects' y starts there.
double floorHeightMm(const Scene& scene);

/// The object's mass in kg (its density, or its material's, times its volume): the truth the
/// image's weight estimate and a declaration's gross weight are compared with.
double objectMassKg(const SceneObject& object);
/// Everything loaded, frame and walls excluded; `concealed` chooses hidden goods or declared ones.
double loadMassKg(const Scene& scene, bool concealed);

/// Reads a scene; throws std::runtime_error naming the file and field ("objects[2].material: …").
Scene readScene(const std::string& path);
Scene parseScene(const std::string& path, const std::string& json);

}  // namespace cip::imaging
