#include "imaging/core/readers/RasterImageReader.h"

#include "imaging/core/codecs/ImageCodecs.h"

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>

namespace cip::imaging {

namespace {

bool startsWith(const std::string& head, const char* magic, std::size_t n) { return head.size() >= n && head.compare(0, n, magic, n) == 0; }

std::uint32_t bigEndian32(const unsigned char* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}

/// PNG states its size in the first chunk: refuse a huge image before decoding anything.
void checkPngHeader(const std::string& path, const std::vector<unsigned char>& bytes, const LoadLimits& limits) {
  if (bytes.size() < 24 || bytes[0] != 0x89 || bytes[1] != 'P') return;
  const std::uint32_t width = bigEndian32(bytes.data() + 16);
  const std::uint32_t height = bigEndian32(bytes.data() + 20);
  checkedPixelBytes(path, width, height, 1, 4, 2, limits);
}

/// PNG, TIFF or JPEG by signature: the only formats handed to OpenCV. OpenCV's imdecode
/// also tries every other codec it was built with (Debian's includes GDCM for DICOM, which
/// crashes on hostile input), so nothing else may reach it.
bool isRasterSignature(const std::string& h) {
  return startsWith(h, "\x89PNG\r\n\x1a\n", 8) || startsWith(h, "II*\0", 4) || startsWith(h, "MM\0*", 4) ||
         startsWith(h, "\xff\xd8\xff", 3);
}

}  // namespace

int RasterImageReader::confidence(const SniffInput& input) const { return isRasterSignature(input.head) ? 100 : 0; }

Scan decodeRasterImage(const std::string& path, const std::vector<unsigned char>& bytes, const LoadLimits& limits) {
  if (!isRasterSignature(std::string(bytes.begin(), bytes.begin() + static_cast<long>(std::min<std::size_t>(bytes.size(), 8)))))
    throw ScanError(path, "is not a PNG, TIFF or JPEG image");
  checkPngHeader(path, bytes, limits);
  cv::Mat image;
  try {
    image = decodeImageBytes(bytes);
  } catch (const std::exception& e) {
    throw ScanError(path, std::string("image cannot be decoded: ") + e.what());
  }
  if (image.empty()) throw ScanError(path, "image cannot be decoded (corrupt or truncated?)");
  if (image.dims != 2) throw ScanError(path, "image has " + std::to_string(image.dims) + " dimensions");
  checkedPixelBytes(path, static_cast<std::uint64_t>(image.cols), static_cast<std::uint64_t>(image.rows), 1,
                    static_cast<std::uint64_t>(image.channels()), image.elemSize1(), limits);

  Scan scan;
  scan.width = image.cols;
  scan.height = image.rows;
  scan.meta.format = "PNG/TIFF/JPEG image";
  scan.meta.bitsStored = static_cast<int>(image.elemSize1() * 8);
  if (image.channels() == 1) {
    scan.channels.push_back({ChannelRole::Single, image});
  } else {
    cv::Mat rgb;
    cv::cvtColor(image, rgb, image.channels() == 4 ? cv::COLOR_BGRA2RGB : cv::COLOR_BGR2RGB);
    std::vector<cv::Mat> planes;
    cv::split(rgb, planes);
    // Greyscale radiographs are often saved as RGB with three equal planes: keep one.
    if (cv::norm(planes[0], planes[1], cv::NORM_INF) == 0 && cv::norm(planes[0], planes[2], cv::NORM_INF) == 0)
      scan.channels = {{ChannelRole::Single, planes[0]}};
    else
      scan.channels = {{ChannelRole::Red, planes[0]}, {ChannelRole::Green, planes[1]}, {ChannelRole::Blue, planes[2]}};
  }
  return scan;
}

Scan RasterImageReader::read(const std::string& path, const LoadLimits& limits) const {
  std::ifstream file(path, std::ios::binary);
  if (!file) throw ScanError(path, "cannot be opened for reading");
  const std::vector<unsigned char> bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
  return decodeRasterImage(path, bytes, limits);
}

}  // namespace cip::imaging
