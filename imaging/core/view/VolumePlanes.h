#pragma once

#include "imaging/core/Scan.h"

namespace cip::imaging {

/// The three orthogonal planes of a CT volume, as radiologists name them for a patient and
/// screeners reuse for a bag: axial (a slice, x–y), coronal (x–z), sagittal (y–z).
enum class Plane { Axial, Coronal, Sagittal };
const char* toString(Plane plane);

/// Number of planes of that orientation in the volume (depth, height or width).
int planeCount(const Scan& volume, Plane plane);

/// One plane of a volume as a 2D scan the radiograph view can show: an axial slice shares the
/// volume's pixels; coronal and sagittal planes are copied (one slice, width × depth or
/// height × depth). Spacing follows the plane (z spacing vertical for coronal and sagittal).
/// `index` is clamped to the volume.
///
/// `slab` > 1 makes a thick slab of that many planes centred on `index`, each pixel the
/// maximum along the slab (MIP): a wire or a blade crossing the plane at an angle stays whole.
Scan volumePlane(const Scan& volume, Plane plane, int index, int slab = 1);

}  // namespace cip::imaging
