#include "imaging/core/view/VolumePlanes.h"

#include <opencv2/core.hpp>

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

Scan volumePlane(const Scan& v, Plane plane, int index, int slab) {
  Scan out;
  out.meta = v.meta;
  out.reports = {};
  const int count = planeCount(v, plane);
  index = std::clamp(index, 0, std::max(0, count - 1));
  const int first = std::clamp(index - (slab - 1) / 2, 0, std::max(0, count - 1));
  const int last = std::clamp(first + std::max(1, slab) - 1, first, std::max(0, count - 1));
  const double dz = v.meta.spacingZ > 0 ? v.meta.spacingZ : v.meta.spacingY;
  for (const Channel& c : v.channels) {
    cv::Mat pixels;
    if (plane == Plane::Axial) {
      pixels = c.pixels.rowRange(first * v.height, (first + 1) * v.height);
      if (last > first) {
        pixels = pixels.clone();
        for (int z = first + 1; z <= last; ++z) cv::max(pixels, c.pixels.rowRange(z * v.height, (z + 1) * v.height), pixels);
      }
    } else if (plane == Plane::Coronal) {  // rows first … last of every slice, top slice first
      pixels.create(v.depth, v.width, c.pixels.type());
      for (int z = 0; z < v.depth; ++z) {
        cv::Mat row = pixels.row(z);
        if (last == first) {
          c.pixels.row(z * v.height + first).copyTo(row);
        } else {
          cv::Mat rows = c.pixels.rowRange(z * v.height + first, z * v.height + last + 1);
          cv::reduce(rows, row, 0, cv::REDUCE_MAX);
        }
      }
    } else {  // columns first … last of every slice: rows become columns
      pixels.create(v.depth, v.height, c.pixels.type());
      for (int z = 0; z < v.depth; ++z) {
        cv::Mat column;
        const cv::Mat block = c.pixels(cv::Rect(first, z * v.height, last - first + 1, v.height));
        if (last == first)
          column = block;
        else
          cv::reduce(block, column, 1, cv::REDUCE_MAX);
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
