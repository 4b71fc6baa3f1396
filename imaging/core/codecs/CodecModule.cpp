// libcip_imaging_codecs.so: OpenCV's image codecs behind two C entry points, loaded by
// ImageCodecs.cpp on first use. Built with the program and never by anyone else, so a cv::Mat
// may cross the boundary; an OpenCV exception is turned into a failure here, never thrown across.

#include <opencv2/core.hpp>
#include <opencv2/core/utils/logger.hpp>
#include <opencv2/imgcodecs.hpp>

#include <limits>

extern "C" {

__attribute__((visibility("default"))) int cip_codecs_decode(const unsigned char* data, std::size_t size, cv::Mat* out) {
  cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);  // errors come back to the caller, not on stderr
  if (size > static_cast<std::size_t>(std::numeric_limits<int>::max())) return 0;
  try {
    const cv::Mat bytes(1, static_cast<int>(size), CV_8U, const_cast<unsigned char*>(data));
    *out = cv::imdecode(bytes, cv::IMREAD_UNCHANGED | cv::IMREAD_ANYDEPTH);
    return out->empty() ? 0 : 1;
  } catch (const cv::Exception&) {
    return 0;
  }
}

__attribute__((visibility("default"))) int cip_codecs_write(const char* path, const cv::Mat* image) {
  cv::utils::logging::setLogLevel(cv::utils::logging::LOG_LEVEL_SILENT);
  try {
    return cv::imwrite(path, *image) ? 1 : 0;
  } catch (const cv::Exception&) {
    return 0;
  }
}
}
