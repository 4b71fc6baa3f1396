#include "imaging/core/view/VolumePlanes.h"

#include <algorithm>

namespace cip::imaging {

const char* toString(Plane plane) {
  switch (plane) {
    case Plane::Axial: return "axial";
    case Plane::Coronal: return "coronal";
    case Plane::Sagittal: return "sagittal";
  }
  return "axial";
}

int planeCount(const Scan& v, Plane plane) {
  switch (plane) {
    case Plane::Axial: return v.depth;
    case Plane::Coronal: return v.height;
    case Plane::Sagittal: return v.width;
  }
  return 0;
}

Scan volumePlane(const Scan& v, Plane plane, int index) {
  Scan out;
  out.meta = v.meta;
  out.reports = {};
  index = std::clamp(index, 0, std::max(0, planeCount(v, plane) - 1));
  const double dz = v.meta.spacingZ > 0 ? v.meta.spacingZ : v.meta.spacingY;
  for (const Channel& c : v.channels) {
    cv::Mat pixels;
    if (plane == Plane::Axial) {
      pixels = c.pixels.rowRange(index * v.height, (index + 1) * v.height);
    } else if (plane == Plane::Coronal) {  // row `index` of every slice, top slice first
      pixels.create(v.depth, v.width, c.pixels.type());
      for (int z = 0; z < v.depth; ++z) c.pixels.row(z * v.height + index).copyTo(pixels.row(z));
    } else {  // column `index` of every slice: rows become columns
      pixels.create(v.depth, v.height, c.pixels.type());
      for (int z = 0; z < v.depth; ++z) {
        const cv::Mat column = c.pixels(cv::Rect(index, z * v.height, 1, v.height));
        cv::Mat row = pixels.row(z);
        cv::transpose(column, row);
      }
    }
    out.channels.push_back({c.role, pixels});
  }
  out.width = out.channels.empty() ? 0 : out.channels.front().pixels.cols;
  out.height = out.channels.empty() ? 0 : out.channels.front().pixels.rows;
  out.depth = 1;
  if (plane == Plane::Coronal) out.meta.spacingY = dz;
  if (plane == Plane::Sagittal) {
    out.meta.spacingX = v.meta.spacingY;
    out.meta.spacingY = dz;
  }
  out.meta.spacingZ = 0;
  return out;
}

}  // namespace cip::imaging
