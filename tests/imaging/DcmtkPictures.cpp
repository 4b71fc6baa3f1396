#include "DcmtkPictures.h"

#include "imaging/core/processing/Display.h"

#include <catch2/catch.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <cstdlib>

using namespace cip::imaging;

cv::Mat dcmtkPicture(const std::string& path, const std::string& options, const std::string& out) {
  const std::string command = std::string(CIP_DCMJ2PNM) + " " + options + " --write-8-bit-pnm \"" + path + "\" \"" + out + "\" 2>/dev/null";
  if (std::system(command.c_str()) != 0) return {};
  return cv::imread(out, cv::IMREAD_GRAYSCALE);
}

cv::Mat ourPicture(const Scan& scan, std::size_t index) {
  DisplaySettings settings;
  applyPreset(Preset::File, scan.slice(0, 0), scan.meta, settings, index);
  cv::Mat grey;
  cv::cvtColor(renderChannel(scan.slice(0, 0), scan.meta, settings), grey, cv::COLOR_BGR2GRAY);
  return grey;
}

double largestDifference(const cv::Mat& ours, const cv::Mat& theirs) {
  REQUIRE(!theirs.empty());
  REQUIRE(ours.size() == theirs.size());
  cv::Mat diff;
  cv::absdiff(ours, theirs, diff);
  double lo = 0, hi = 0;
  cv::minMaxLoc(diff, &lo, &hi);
  return hi;
}
