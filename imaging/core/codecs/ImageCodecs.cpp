#include "imaging/core/codecs/ImageCodecs.h"

#include <dlfcn.h>
#include <png.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <stdexcept>

namespace cip::imaging {

namespace {

using DecodeFunction = int (*)(const unsigned char*, std::size_t, cv::Mat*);
using WriteFunction = int (*)(const char*, const cv::Mat*);

struct CodecModule {
  DecodeFunction decode = nullptr;
  WriteFunction write = nullptr;
  std::string error;
};

std::atomic<bool> loaded{false};

/// Next to the program as installed (bin/../<libdir>/cip-workstation), then where this build put
/// it, then the install prefix this build was configured for.
std::vector<std::string> candidates() {
  std::vector<std::string> paths;
  std::array<char, 4096> exe{};
  const ssize_t n = ::readlink("/proc/self/exe", exe.data(), exe.size() - 1);
  if (n > 0) {
    const std::filesystem::path dir = std::filesystem::path(std::string(exe.data(), static_cast<std::size_t>(n))).parent_path();
    paths.push_back((dir.parent_path() / CIP_CODECS_RELATIVE_DIR / CIP_CODECS_FILE_NAME).string());
  }
  paths.push_back(CIP_CODECS_BUILD_PATH);
  paths.push_back(CIP_CODECS_INSTALL_PATH);
  return paths;
}

const CodecModule& module() {
  static CodecModule m;
  static std::once_flag once;
  std::call_once(once, [] {
    std::string tried;
    for (const std::string& path : candidates()) {
      std::error_code ec;
      if (!std::filesystem::exists(path, ec)) {
        tried += (tried.empty() ? "" : ", ") + path;
        continue;
      }
      void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!handle) {
        const char* why = ::dlerror();
        m.error = path + " cannot be loaded: " + (why ? why : "unknown error");
        return;
      }
      m.decode = reinterpret_cast<DecodeFunction>(::dlsym(handle, "cip_codecs_decode"));
      m.write = reinterpret_cast<WriteFunction>(::dlsym(handle, "cip_codecs_write"));
      if (!m.decode || !m.write) {
        m.error = path + " is not the image codec module of this build";
        m.decode = nullptr;
        m.write = nullptr;
        return;
      }
      loaded = true;
      return;
    }
    m.error = std::string("the image codec module " CIP_CODECS_FILE_NAME " is not installed (looked in ") + tried + ")";
  });
  if (!m.error.empty()) throw std::runtime_error(m.error);
  return m;
}

}  // namespace

cv::Mat decodeImageBytes(const std::vector<unsigned char>& bytes) {
  cv::Mat image;
  if (!bytes.empty() && module().decode(bytes.data(), bytes.size(), &image) == 0) image.release();
  return image;
}

namespace {

/// Whether writePng takes this image: 8- or 16-bit grey, BGR or BGRA (all the CLI writes).
bool pngWritable(const std::string& path, const cv::Mat& image) {
  std::string ext = std::filesystem::path(path).extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  const int channels = image.channels();
  return ext == ".png" && !image.empty() && image.dims == 2 && (image.depth() == CV_8U || image.depth() == CV_16U) &&
         (channels == 1 || channels == 3 || channels == 4);
}

/// PNG through libpng, which DCMTK's image library loads anyway: a picture written by `render`
/// costs no codec module. A failed write leaves no file behind.
bool writePng(const std::string& path, const cv::Mat& image) {
  FILE* file = std::fopen(path.c_str(), "wb");
  if (!file) return false;
  std::vector<png_bytep> rows(static_cast<std::size_t>(image.rows));
  for (int y = 0; y < image.rows; ++y) rows[static_cast<std::size_t>(y)] = const_cast<png_bytep>(image.ptr<png_byte>(y));
  const int channels = image.channels();
  const int colourType = channels == 1 ? PNG_COLOR_TYPE_GRAY : channels == 3 ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA;
  png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
  png_infop info = png ? png_create_info_struct(png) : nullptr;
  volatile bool written = false;
  if (png && info && setjmp(png_jmpbuf(png)) == 0) {
    png_init_io(png, file);
    png_set_IHDR(png, info, static_cast<png_uint_32>(image.cols), static_cast<png_uint_32>(image.rows), image.depth() == CV_8U ? 8 : 16,
                 colourType, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, 3);
    png_write_info(png, info);
    if (channels >= 3) png_set_bgr(png);         // OpenCV keeps blue first
    if (image.depth() == CV_16U) png_set_swap(png);  // PNG's samples are big-endian
    png_write_image(png, rows.data());
    png_write_end(png, nullptr);
    written = true;
  }
  png_destroy_write_struct(&png, &info);
  const bool closed = std::fclose(file) == 0;
  if (!(written && closed)) std::remove(path.c_str());
  return written && closed;
}

}  // namespace

bool writeImageFile(const std::string& path, const cv::Mat& image) {
  if (pngWritable(path, image)) return writePng(path, image);
  return module().write(path.c_str(), &image) != 0;
}

bool imageCodecsLoaded() { return loaded; }

}  // namespace cip::imaging
