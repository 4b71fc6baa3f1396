#include "imaging/core/readers/DicomPixels.h"

#include "imaging/core/codecs/ImageCodecs.h"
#include "imaging/core/readers/SegmentedPalette.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcpxitem.h>
#include <dcmtk/dcmdata/dcrledrg.h>
#include <dcmtk/dcmdata/dcistrmf.h>
#include <dcmtk/dcmdata/dctk.h>
#include <dcmtk/dcmimage/diregist.h>
#include <dcmtk/dcmimgle/dcmimage.h>
#include <dcmtk/dcmimgle/dipixel.h>
#include <dcmtk/dcmjpeg/djdecode.h>
#include <dcmtk/dcmjpls/djdecode.h>
#include <dcmtk/oflog/appender.h>
#include <dcmtk/oflog/oflog.h>
#include <dcmtk/oflog/spi/logevent.h>

#include <opencv2/core.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>

namespace cip::imaging {

namespace {

int intOf(DcmDataset& ds, const DcmTagKey& key, int fallback) {
  Uint16 u16 = 0;
  if (ds.findAndGetUint16(key, u16).good()) return u16;
  Sint32 s32 = 0;
  if (ds.findAndGetSint32(key, s32).good()) return s32;
  OFString text;
  if (ds.findAndGetOFString(key, text).good() && !text.empty()) return std::atoi(text.c_str());
  return fallback;
}

/// The value, or `fallback` when it is absent or not a finite number ("NaN", "1e999").
double doubleOf(DcmDataset& ds, const DcmTagKey& key, unsigned long index, double fallback) {
  Float64 value = 0;
  return ds.findAndGetFloat64(key, value, index).good() && std::isfinite(value) ? value : fallback;
}

bool isJpeg2000(E_TransferSyntax xfer) {
  return xfer == EXS_JPEG2000LosslessOnly || xfer == EXS_JPEG2000 || xfer == EXS_JPEG2000MulticomponentLosslessOnly ||
         xfer == EXS_JPEG2000Multicomponent;
}

int cvDepthOf(EP_Representation representation) {
  switch (representation) {
    case EPR_Uint8: return CV_8U;
    case EPR_Sint8: return CV_8S;
    case EPR_Uint16: return CV_16U;
    case EPR_Sint16: return CV_16S;
    case EPR_Sint32: return CV_32S;
    default: return CV_64F;  // Uint32 does not fit int32: kept exactly as double
  }
}

/// Float Pixel Data (7fe0,0008/0009) and the pre-standard DICOS tags (7fe0,0011/0012/0013:
/// uint32, float64, float32) that some vendors wrote before the standard settled; DCMTK's image
/// module decodes none of these, so they are read directly (uint32 kept exactly as float64).
bool readNonStandardPixels(const std::string& path, DcmDataset& ds, const DicomGeometry& g, const LoadLimits& limits, Scan& scan) {
  enum Kind { KindFloat32, KindFloat64, KindUint32 };
  const std::pair<DcmTagKey, Kind> candidates[] = {{DcmTagKey(0x7fe0, 0x0008), KindFloat32}, {DcmTagKey(0x7fe0, 0x0013), KindFloat32},
                                                   {DcmTagKey(0x7fe0, 0x0009), KindFloat64}, {DcmTagKey(0x7fe0, 0x0012), KindFloat64},
                                                   {DcmTagKey(0x7fe0, 0x0011), KindUint32}};
  for (const auto& [key, kind] : candidates) {
    DcmElement* element = nullptr;
    if (ds.findAndGetElement(key, element).bad() || !element) continue;
    const int bytes = kind == KindFloat64 ? 8 : 4;
    const std::uint64_t needed = checkedPixelBytes(path, static_cast<std::uint64_t>(g.columns), static_cast<std::uint64_t>(g.rows),
                                                   static_cast<std::uint64_t>(g.frames), 1, 8, limits) / 8 * static_cast<std::uint64_t>(bytes);
    const std::uint64_t held = element->getLength();
    if (held < needed)
      throw ScanError(path, "pixel data (" + std::string(DcmTag(key).getTagName()) + ") holds " + std::to_string(held) +
                                " bytes, but " + std::to_string(g.columns) + "×" + std::to_string(g.rows) + "×" +
                                std::to_string(g.frames) + " samples need " + std::to_string(needed));
    const int rows = g.rows * g.frames;
    cv::Mat pixels;
    OFCondition status;
    if (kind == KindFloat32) {
      Float32* values = nullptr;
      status = element->getFloat32Array(values);
      if (status.good() && values) pixels = cv::Mat(rows, g.columns, CV_32F, values).clone();
    } else if (kind == KindFloat64) {
      Float64* values = nullptr;
      status = element->getFloat64Array(values);
      if (status.good() && values) pixels = cv::Mat(rows, g.columns, CV_64F, values).clone();
    } else {
      Uint32* values = nullptr;
      status = element->getUint32Array(values);
      if (status.good() && values) {
        pixels.create(rows, g.columns, CV_64F);
        auto* out = pixels.ptr<double>();
        for (std::size_t i = 0; i < pixels.total(); ++i) out[i] = values[i];
      }
    }
    if (status.bad() || pixels.empty()) throw ScanError(path, std::string("pixel data cannot be read: ") + status.text());
    scan.channels.push_back({ChannelRole::Single, pixels});
    return true;
  }
  return false;
}

/// For uncompressed data DCMTK would pad a short Pixel Data element; refuse it instead.
void checkNativeLength(const std::string& path, DcmDataset& ds, const DicomGeometry& g) {
  DcmElement* element = nullptr;
  if (ds.findAndGetElement(DCM_PixelData, element).bad() || !element) throw ScanError(path, "has no pixel data");
  DcmXfer xfer(ds.getOriginalXfer());
  if (xfer.isEncapsulated()) return;
  const std::uint64_t bits = static_cast<std::uint64_t>(g.rows) * static_cast<std::uint64_t>(g.columns) *
                             static_cast<std::uint64_t>(g.frames) * static_cast<std::uint64_t>(g.samplesPerPixel) *
                             static_cast<std::uint64_t>(g.bitsAllocated);
  std::uint64_t needed = (bits + 7) / 8;
  // Two samples per pixel, chroma shared by each pair (YBR_FULL_422, YBR_PARTIAL_422).
  if (g.photometric.size() > 4 && g.photometric.compare(g.photometric.size() - 4, 4, "_422") == 0) needed = needed * 2 / 3;
  if (element->getLength() < needed)
    throw ScanError(path, "pixel data holds " + std::to_string(element->getLength()) + " bytes, but " +
                              std::to_string(g.columns) + "×" + std::to_string(g.rows) + "×" + std::to_string(g.frames) +
                              " pixels of " + std::to_string(g.bitsAllocated) + " bits need " + std::to_string(needed));
}

/// DCMTK 3.6.7 has no JPEG 2000 decoder; OpenCV's (OpenJPEG) decodes each frame's codestream.
/// Frames are one fragment each, or one frame made of all fragments.
void decodeJpeg2000(const std::string& path, DcmDataset& ds, const DicomGeometry& g, const ScanMetadata& meta, Scan& scan) {
  const int channels = g.samplesPerPixel == 3 ? 3 : 1;
  DcmElement* element = nullptr;
  DcmPixelSequence* fragments = nullptr;
  auto* pixelData = ds.findAndGetElement(DCM_PixelData, element).good() ? dynamic_cast<DcmPixelData*>(element) : nullptr;
  if (!pixelData || pixelData->getEncapsulatedRepresentation(ds.getOriginalXfer(), nullptr, fragments).bad() || !fragments)
    throw ScanError(path, "JPEG 2000 pixel data has no fragments");
  const unsigned long count = fragments->card();  // item 0 is the offset table
  if (count < 2) throw ScanError(path, "JPEG 2000 pixel data has no frames");
  const bool onePerFrame = count - 1 == static_cast<unsigned long>(g.frames);
  if (g.frames > 1 && !onePerFrame)
    throw ScanError(path, "multi-frame JPEG 2000 whose frames span several fragments is not supported");
  cv::Mat all;
  for (int frame = 0; frame < g.frames; ++frame) {
    std::vector<unsigned char> codestream;
    const unsigned long first = onePerFrame ? static_cast<unsigned long>(frame) + 1 : 1;
    const unsigned long last = onePerFrame ? first : count - 1;
    for (unsigned long i = first; i <= last; ++i) {
      DcmPixelItem* item = nullptr;
      Uint8* bytes = nullptr;
      if (fragments->getItem(item, i).bad() || !item || item->getUint8Array(bytes).bad()) throw ScanError(path, "JPEG 2000 fragment cannot be read");
      if (bytes) codestream.insert(codestream.end(), bytes, bytes + item->getLength());
    }
    // OpenCV refuses signed components. In a raw codestream (SOC, SIZ, …) the component's Ssiz
    // byte at offset 42 carries the sign flag; decoded as unsigned, each sample comes out shifted
    // by 2^(bits−1) (the DC level shift), which is undone below — exact for lossless data.
    int signedShift = 0;
    if (channels == 1 && codestream.size() > 43 && codestream[0] == 0xff && codestream[1] == 0x4f && codestream[2] == 0xff &&
        codestream[3] == 0x51 && (codestream[42] & 0x80)) {
      const int precision = (codestream[42] & 0x7f) + 1;  // Ssiz: bit depth − 1
      if (precision > 31) throw ScanError(path, "JPEG 2000 component of " + std::to_string(precision) + " bits");
      signedShift = 1 << (precision - 1);
      codestream[42] &= 0x7f;
    }
    cv::Mat decoded;
    try {
      decoded = decodeImageBytes(codestream);
    } catch (const std::exception& e) {
      throw ScanError(path, std::string("JPEG 2000 frame cannot be decoded: ") + e.what());
    }
    if (decoded.empty() || decoded.rows != g.rows || decoded.cols != g.columns || decoded.channels() != channels)
      throw ScanError(path, "JPEG 2000 frame " + std::to_string(frame) + " does not decode to " + std::to_string(g.columns) + "×" +
                                std::to_string(g.rows) + (channels == 1 ? " monochrome pixels" : " colour pixels"));
    if (signedShift) decoded.convertTo(decoded, CV_32S, 1.0, -signedShift);
    if (all.empty()) all.create(g.rows * g.frames, g.columns, decoded.type());
    if (decoded.type() != all.type()) throw ScanError(path, "JPEG 2000 frames differ in sample type");
    decoded.copyTo(all.rowRange(frame * g.rows, (frame + 1) * g.rows));
  }
  if (channels == 3) {
    // The decoder undoes the codestream's colour transform (RCT for YBR_RCT, ICT for YBR_ICT) and
    // hands blue first, as OpenCV does: the scan keeps red, green and blue like DCMTK's colour.
    std::vector<cv::Mat> planes;
    cv::split(all, planes);
    scan.channels = {{ChannelRole::Red, planes[2]}, {ChannelRole::Green, planes[1]}, {ChannelRole::Blue, planes[0]}};
    return;
  }
  // Same meaning as the DCMTK path: modality values (rescale applied).
  if (meta.rescaleSlope != 1.0 || meta.rescaleIntercept != 0.0) all.convertTo(all, CV_32F, meta.rescaleSlope, meta.rescaleIntercept);
  scan.channels.push_back({ChannelRole::Single, all});
}

/// Uncompressed monochrome 8/16-bit pixels that need no value transformation (no rescale, no
/// modality LUT, no sign extension) are read straight from the file into the scan's matrix:
/// one copy instead of three through DCMTK's buffers, which matters for 256 MB cargo scans.
/// Returns false when the object needs DCMTK's image module instead.
bool readNativeDirect(const std::string& path, DcmDataset& ds, const DicomGeometry& g, const ScanMetadata& meta, Scan& scan) {
  DcmElement* element = nullptr;
  if (DcmXfer(ds.getOriginalXfer()).isEncapsulated() || g.samplesPerPixel != 1 || g.photometric.rfind("MONOCHROME", 0) != 0 ||
      (g.bitsAllocated != 8 && g.bitsAllocated != 16) || meta.rescaleSlope != 1.0 || meta.rescaleIntercept != 0.0 ||
      ds.tagExists(DCM_ModalityLUTSequence) || ds.findAndGetElement(DCM_PixelData, element).bad() || !element)
    return false;
  Uint16 representation = 0, stored = static_cast<Uint16>(g.bitsAllocated), highBit = static_cast<Uint16>(g.bitsAllocated - 1);
  ds.findAndGetUint16(DCM_PixelRepresentation, representation);
  ds.findAndGetUint16(DCM_BitsStored, stored);
  ds.findAndGetUint16(DCM_HighBit, highBit);
  if (highBit != stored - 1 || (representation == 1 && stored != g.bitsAllocated)) return false;
  const int type = g.bitsAllocated == 8 ? (representation ? CV_8S : CV_8U) : (representation ? CV_16S : CV_16U);
  cv::Mat pixels(g.rows * g.frames, g.columns, type);
  const auto bytes = static_cast<Uint32>(pixels.total() * pixels.elemSize());
  DcmFileCache cache;
  const OFCondition status = element->getPartialValue(pixels.data, 0, bytes, &cache, gLocalByteOrder);
  if (status.bad()) throw ScanError(path, std::string("pixel data cannot be read: ") + status.text());
  // Bits above Bits Stored may hold old overlay planes: they are not part of the value.
  if (stored < g.bitsAllocated) cv::bitwise_and(pixels, cv::Scalar((1 << stored) - 1), pixels);
  scan.channels.push_back({ChannelRole::Single, pixels});
  return true;
}

}  // namespace

namespace {

/// The last error DCMTK logged on this thread: it names the element that ran past the end of a
/// truncated file, where its status code only says "premature end of stream".
thread_local std::string lastDcmtkError;

/// Keeps DCMTK's errors for the ScanError instead of printing them on stderr.
class DcmtkErrorCapture : public dcmtk::log4cplus::Appender {
 public:
  ~DcmtkErrorCapture() override { destructorImpl(); }
  void close() override {}

 protected:
  void append(const dcmtk::log4cplus::spi::InternalLoggingEvent& event) override {
    if (event.getLogLevel() >= dcmtk::log4cplus::ERROR_LOG_LEVEL) lastDcmtkError = event.getMessage().c_str();
  }
};

/// DCMTK's last error, with where in the file the element it names begins.
std::string whyUnreadable(const std::string& path) {
  std::string why = lastDcmtkError;
  const std::string prefix = "DcmElement: ";
  if (why.rfind(prefix, 0) == 0) why.erase(0, prefix.size());
  const std::size_t open = why.find('(');
  unsigned group = 0, element = 0;
  if (open == std::string::npos || std::sscanf(why.c_str() + open, "(%4x,%4x)", &group, &element) != 2) return why;
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const char tag[] = {static_cast<char>(group & 0xff), static_cast<char>(group >> 8), static_cast<char>(element & 0xff),
                      static_cast<char>(element >> 8)};
  const std::size_t at = bytes.rfind(std::string(tag, 4));
  if (at == std::string::npos) return why;
  return why + " (the element begins at byte " + std::to_string(at) + " of the file's " + std::to_string(bytes.size()) + ")";
}

}  // namespace

void ensureDicomCodecs() {
  static std::once_flag once;
  std::call_once(once, [] {
    OFLog::configure(OFLogger::ERROR_LOG_LEVEL);
    dcmtk::log4cplus::Logger root = dcmtk::log4cplus::Logger::getRoot();
    root.removeAllAppenders();
    root.addAppender(dcmtk::log4cplus::SharedAppenderPtr(new DcmtkErrorCapture));
    DJDecoderRegistration::registerCodecs();
    DJLSDecoderRegistration::registerCodecs();
    DcmRLEDecoderRegistration::registerCodecs();
  });
}

int datasetStart(const std::string& head) {
  // A little-endian group 0002 or 0008 tag with a small element number, then either an explicit
  // VR (two capital letters) or an implicit 32-bit length under 64 KiB.
  for (std::size_t at = 0; at + 8 <= head.size() && at < 16; ++at) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(head[at + i]); };
    if (!((byte(0) == 0x02 || byte(0) == 0x08) && byte(1) == 0 && byte(3) == 0)) continue;
    const bool explicitVr = std::isupper(byte(4)) && std::isupper(byte(5));
    const bool implicitVr = byte(6) == 0 && byte(7) == 0;
    if (explicitVr || implicitVr) return static_cast<int>(at);
  }
  return -1;
}

void loadDicomFile(const std::string& path, DcmFileFormat& file, std::uint32_t maxElementBytes) {
  ensureDicomCodecs();
  const Uint32 maxRead = maxElementBytes ? maxElementBytes : DCM_MaxReadLength;
  lastDcmtkError.clear();
  OFCondition status = file.loadFile(path.c_str(), EXS_Unknown, EGL_noChange, maxRead, ERM_autoDetect);
  const std::string why = status.bad() ? whyUnreadable(path) : std::string();
  if (status.bad()) {
    // No preamble and no meta header, and a stray byte or two before the data set (a file cut
    // out of a stream): read the data set from where it starts, as GDCM does.
    std::ifstream in(path, std::ios::binary);
    std::string head(64, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    const int start = datasetStart(head);
    if (start > 0) {
      DcmInputFileStream stream(OFFilename(path.c_str()), static_cast<offile_off_t>(start));
      DcmFileFormat shifted;
      DcmDataset* dataset = shifted.getDataset();
      dataset->transferInit();
      const OFCondition shiftedStatus = dataset->read(stream, EXS_Unknown, EGL_noChange, maxRead);
      dataset->transferEnd();
      if (shiftedStatus.good()) {
        file = shifted;
        status = shiftedStatus;
      }
    }
  }
  if (status.bad()) throw ScanError(path, std::string("not a readable DICOM file: ") + status.text() + (why.empty() ? "" : ": " + why));
  OFString syntax;
  if (file.getMetaInfo()->findAndGetOFString(DCM_TransferSyntaxUID, syntax).good() && !syntax.empty() &&
      DcmXfer(syntax.c_str()).getXfer() == EXS_Unknown)
    throw ScanError(path, std::string("transfer syntax ") + syntax.c_str() + " is not supported by this build (e.g. HTJ2K)");
}

std::string datasetString(DcmDataset& dataset, unsigned short group, unsigned short element) {
  OFString value;
  dataset.findAndGetOFString(DcmTagKey(group, element), value);
  return value.c_str();
}

DicomGeometry readGeometry(const std::string& path, DcmDataset& ds) {
  DicomGeometry g;
  g.rows = intOf(ds, DCM_Rows, 0);
  g.columns = intOf(ds, DCM_Columns, 0);
  g.frames = std::max(1, intOf(ds, DCM_NumberOfFrames, 1));
  g.samplesPerPixel = std::max(1, intOf(ds, DCM_SamplesPerPixel, 1));
  g.bitsAllocated = intOf(ds, DCM_BitsAllocated, 0);
  g.photometric = datasetString(ds, 0x0028, 0x0004);
  if (g.rows <= 0 || g.columns <= 0) throw ScanError(path, "image has no valid Rows/Columns");
  if (g.bitsAllocated <= 0 || g.bitsAllocated > 64) throw ScanError(path, "Bits Allocated " + std::to_string(g.bitsAllocated) + " is invalid");
  return g;
}

namespace {

/// One VOI LUT Sequence item as a window; nothing when its descriptor and data disagree (a damaged
/// table is left out, never read past its end).
std::optional<FileWindow> readVoiLut(DcmItem& item, bool signedModality) {
  // The first value mapped is signed when the descriptor says so (VR SS) or when the values it
  // maps are (signed pixels, or a rescale into negative numbers), as DCMTK reads it.
  DcmElement* element = nullptr;
  if (item.findAndGetElement(DCM_LUTDescriptor, element).bad() || !element || element->getVM() < 3) return std::nullopt;
  const bool ssVr = element->ident() == EVR_SS;
  Uint16 descriptor[3] = {0, 0, 0};
  for (unsigned long k = 0; k < 3; ++k) {
    if (ssVr) {
      Sint16 value = 0;
      if (element->getSint16(value, k).bad()) return std::nullopt;
      descriptor[k] = static_cast<Uint16>(value);
    } else if (element->getUint16(descriptor[k], k).bad()) {
      return std::nullopt;
    }
  }
  const bool signedFirst = ssVr || signedModality;
  const std::size_t count = descriptor[0] == 0 ? 65536 : descriptor[0];
  const int bits = descriptor[2];
  if (bits < 8 || bits > 16) return std::nullopt;
  const Uint16* data = nullptr;
  unsigned long words = 0;
  if (item.findAndGetUint16Array(DCM_LUTData, data, &words).bad() || !data) return std::nullopt;
  auto lut = std::make_shared<VoiLut>();
  lut->bits = bits;
  lut->firstMapped = signedFirst ? static_cast<double>(static_cast<Sint16>(descriptor[1])) : static_cast<double>(descriptor[1]);
  if (words == count) {
    lut->entries.assign(data, data + count);
  } else if (bits == 8 && (count + 1) / 2 == words) {
    // 8-bit entries packed two to a word, the first in the low byte.
    for (std::size_t k = 0; k < count; ++k) lut->entries.push_back(static_cast<std::uint16_t>((data[k / 2] >> ((k % 2) * 8)) & 0xff));
  } else {
    return std::nullopt;
  }
  FileWindow w;
  w.width = static_cast<double>(count);
  w.center = lut->firstMapped + w.width / 2;
  OFString explanation;
  if (item.findAndGetOFString(DCM_LUTExplanation, explanation).good()) w.explanation = explanation.c_str();
  w.lut = std::move(lut);
  return w;
}

}  // namespace

std::vector<FileWindow> readFileWindows(DcmDataset& ds) {
  // Top level for most images; inside the functional groups' Frame VOI LUT Sequence for enhanced
  // and DICOS CT: nested items are searched too, and the first window found is the default.
  std::vector<FileWindow> windows;
  OFString functionText;
  ds.findAndGetOFString(DCM_VOILUTFunction, functionText, 0, OFTrue);
  const std::string function = functionText.c_str();
  for (unsigned long i = 0; i < 16; ++i) {
    Float64 center = 0, width = 0;
    if (ds.findAndGetFloat64(DCM_WindowCenter, center, i, OFTrue).bad() || ds.findAndGetFloat64(DCM_WindowWidth, width, i, OFTrue).bad()) break;
    if (!std::isfinite(center) || !std::isfinite(width) || width < 1e-6) continue;  // DICOM requires width ≥ 1 (LINEAR), > 0 otherwise
    FileWindow w;
    w.center = center;
    w.width = width;
    OFString explanation;
    if (ds.findAndGetOFString(DCM_WindowCenterWidthExplanation, explanation, i, OFTrue).good()) w.explanation = explanation.c_str();
    if (function == "SIGMOID") w.function = VoiFunction::Sigmoid;
    else if (function == "LINEAR_EXACT") w.function = VoiFunction::LinearExact;
    else if (width < 1) continue;  // not a LINEAR window
    windows.push_back(w);
  }
  // Then the tables of the VOI LUT Sequence, after the windows: a viewer offers both (PS3.3
  // C.11.2), and the windows are what most displays start from.
  Uint16 representation = 0;
  ds.findAndGetUint16(DCM_PixelRepresentation, representation);
  Float64 intercept = 0, slope = 1;
  ds.findAndGetFloat64(DCM_RescaleIntercept, intercept);
  ds.findAndGetFloat64(DCM_RescaleSlope, slope);
  const bool signedModality = representation == 1 || intercept < 0 || slope < 0;
  DcmSequenceOfItems* luts = nullptr;
  if (ds.findAndGetSequence(DCM_VOILUTSequence, luts, OFTrue).good() && luts) {
    for (unsigned long i = 0; i < luts->card() && windows.size() < 32; ++i) {
      DcmItem* item = luts->getItem(i);
      if (!item) continue;
      std::optional<FileWindow> table = readVoiLut(*item, signedModality);
      if (table) windows.push_back(std::move(*table));
    }
  }
  return windows;
}

ScanMetadata readDicomMetadata(DcmDataset& ds) {
  ScanMetadata m;
  m.format = "DICOM";
  m.sopClassUid = datasetString(ds, 0x0008, 0x0016);
  if (m.sopClassUid.rfind("1.2.840.10008.5.1.4.1.1.501", 0) == 0) m.format = "DICOS";
  m.sopInstanceUid = datasetString(ds, 0x0008, 0x0018);
  m.studyInstanceUid = datasetString(ds, 0x0020, 0x000D);
  m.modality = datasetString(ds, 0x0008, 0x0060);
  m.vendor = datasetString(ds, 0x0008, 0x0070);
  m.model = datasetString(ds, 0x0008, 0x1090);
  m.description = datasetString(ds, 0x0008, 0x103e);
  if (m.description.empty()) m.description = datasetString(ds, 0x0008, 0x1030);
  m.transferSyntax = DcmXfer(ds.getOriginalXfer()).getXferName();
  m.bitsStored = intOf(ds, DCM_BitsStored, 0);
  // MONOCHROME1 shows low values bright; an INVERSE Presentation LUT Shape turns that round again.
  m.invertForDisplay = (datasetString(ds, 0x0028, 0x0004) == "MONOCHROME1") != (datasetString(ds, 0x2050, 0x0020) == "INVERSE");
  m.rescaleSlope = doubleOf(ds, DCM_RescaleSlope, 0, 1.0);
  m.rescaleIntercept = doubleOf(ds, DCM_RescaleIntercept, 0, 0.0);
  m.units = datasetString(ds, 0x0028, 0x1054);
  if (m.units == "US") m.units.clear();  // "unspecified"
  if (m.units.empty() && m.modality == "CT") m.units = "HU";
  if (m.modality == "CT") m.meaning = PixelMeaning::Attenuation;
  DcmTagKey spacingKey = DCM_PixelSpacing;
  Float64 probe = 0;
  if (ds.findAndGetFloat64(DCM_PixelSpacing, probe, 0, true).bad()) spacingKey = DCM_ImagerPixelSpacing;
  Float64 rowSpacing = 0, columnSpacing = 0;
  if (ds.findAndGetFloat64(spacingKey, rowSpacing, 0, true).good() && ds.findAndGetFloat64(spacingKey, columnSpacing, 1, true).good() &&
      std::isfinite(rowSpacing) && std::isfinite(columnSpacing)) {
    m.spacingY = rowSpacing;
    m.spacingX = columnSpacing;
  }
  m.spacingZ = doubleOf(ds, DCM_SpacingBetweenSlices, 0, doubleOf(ds, DCM_SliceThickness, 0, 0.0));
  m.windows = readFileWindows(ds);
  // KVP sits at the top level of radiographs and inside the functional groups' CT X-Ray Details
  // of enhanced and DICOS CT: search nested items too. Plausibility is judged by its users.
  Float64 kvp = 0;
  if (ds.findAndGetFloat64(DCM_KVP, kvp, 0, OFTrue).good() && std::isfinite(kvp) && kvp > 0) {
    m.highEnergyKeV = kvp;
    m.energySource = "KVP (0018,0060)";
  }
  m.objectType = datasetString(ds, 0x4010, 0x1042);  // DICOS OOI Type
  std::transform(m.objectType.begin(), m.objectType.end(), m.objectType.begin(), [](unsigned char c) { return std::toupper(c); });
  return m;
}

Scan decodeDicomPixels(const std::string& path, DcmFileFormat& file, const LoadLimits& limits) {
  DcmDataset& ds = *file.getDataset();
  const DicomGeometry g = readGeometry(path, ds);
  Scan scan;
  scan.width = g.columns;
  scan.height = g.rows;
  scan.depth = g.frames;
  scan.meta = readDicomMetadata(ds);
  if (readNonStandardPixels(path, ds, g, limits, scan)) return scan;

  const int outputChannels = g.samplesPerPixel == 1 && g.photometric.rfind("PALETTE", 0) != 0 ? 1 : 3;
  checkedPixelBytes(path, static_cast<std::uint64_t>(g.columns), static_cast<std::uint64_t>(g.rows),
                    static_cast<std::uint64_t>(g.frames), static_cast<std::uint64_t>(outputChannels),
                    static_cast<std::uint64_t>(std::max(1, g.bitsAllocated / 8)), limits);
  checkNativeLength(path, ds, g);
  const E_TransferSyntax xfer = ds.getOriginalXfer();
  if (isJpeg2000(xfer)) {
    if (outputChannels != 1 && g.samplesPerPixel != 3) throw ScanError(path, "palette colour JPEG 2000 pixel data is not supported");
    decodeJpeg2000(path, ds, g, scan.meta, scan);
    return scan;
  }

  if (readNativeDirect(path, ds, g, scan.meta, scan)) return scan;
  // Some DICOS writers store Number of Frames as US instead of IS; DCMTK's image module then sees
  // one frame. Rewrite it with its standard VR (the value was already read above).
  if (g.frames > 1) ds.putAndInsertString(DCM_NumberOfFrames, std::to_string(g.frames).c_str());
  if (g.photometric.rfind("PALETTE", 0) == 0) expandSegmentedPalette(path, ds);
  DicomImage image(&file, xfer, CIF_DecompressCompletePixelData, 0, 0);
  if (image.getStatus() != EIS_Normal)
    throw ScanError(path, std::string("pixels cannot be decoded (") + DcmXfer(xfer).getXferName() + "): " +
                              DicomImage::getString(image.getStatus()));
  if (static_cast<int>(image.getFrameCount()) != g.frames)
    throw ScanError(path, "decoded " + std::to_string(image.getFrameCount()) + " frames, the header claims " + std::to_string(g.frames));

  const std::size_t plane = static_cast<std::size_t>(g.rows) * static_cast<std::size_t>(g.columns);
  if (image.isMonochrome()) {
    const DiPixel* inter = image.getInterData();
    if (!inter || inter->getCount() < plane * static_cast<std::size_t>(g.frames))
      throw ScanError(path, "decoded fewer pixels than the header claims");
    const int depth = cvDepthOf(inter->getRepresentation());
    cv::Mat pixels(g.rows * g.frames, g.columns, depth);
    if (inter->getRepresentation() == EPR_Uint32) {
      cv::Mat(g.rows * g.frames, g.columns, CV_32S, const_cast<void*>(inter->getData())).convertTo(pixels, CV_64F);
      // convertTo read the bits as signed: restore values ≥ 2^31.
      pixels.forEach<double>([](double& v, const int*) { if (v < 0) v += 4294967296.0; });
    } else {
      std::memcpy(pixels.data, inter->getData(), pixels.total() * pixels.elemSize());
    }
    scan.channels.push_back({ChannelRole::Single, pixels});
  } else {
    const int bits = g.bitsAllocated > 8 ? 16 : 8;
    const int type = CV_MAKETYPE(bits == 16 ? CV_16U : CV_8U, 3);
    cv::Mat rgb(g.rows * g.frames, g.columns, type);
    for (int frame = 0; frame < g.frames; ++frame) {
      const void* data = image.getOutputData(bits, static_cast<unsigned long>(frame), 0);
      if (!data) throw ScanError(path, "colour frame " + std::to_string(frame) + " cannot be decoded");
      std::memcpy(rgb.ptr(frame * g.rows), data, plane * rgb.elemSize());
    }
    std::vector<cv::Mat> planes;
    cv::split(rgb, planes);
    scan.channels = {{ChannelRole::Red, planes[0]}, {ChannelRole::Green, planes[1]}, {ChannelRole::Blue, planes[2]}};
  }
  return scan;
}

}  // namespace cip::imaging
