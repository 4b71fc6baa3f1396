#include "imaging/core/writers/DicosWriter.h"

#include "imaging/core/ScanError.h"
#include "imaging/core/readers/DicomPixels.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <opencv2/core.hpp>

#include <filesystem>
#include <iomanip>
#include <sstream>

namespace cip::imaging {

namespace {

std::string newUid() {
  char buffer[100];
  return dcmGenerateUniqueIdentifier(buffer, SITE_INSTANCE_UID_ROOT);
}

std::string lowPath(const std::string& path) {
  const std::filesystem::path p(path);
  return (p.parent_path() / (p.stem().string() + "_low" + p.extension().string())).string();
}

/// A decimal string (DS) without trailing zeros: "6000", "160", "2.5".
std::string number(double value) {
  std::ostringstream text;
  text << std::setprecision(10) << value;
  return text.str();
}

void put(DcmDataset& ds, const DcmTagKey& key, const std::string& value) {
  if (!value.empty()) ds.putAndInsertString(key, value.c_str());
}

void writeOne(const Scan& scan, const Channel& channel, const std::string& path, const std::string& studyUid,
              const std::string& seriesUid, int instance) {
  DcmFileFormat file;
  DcmDataset& ds = *file.getDataset();
  const bool volume = scan.isVolume();
  put(ds, DCM_SOPClassUID, volume ? UID_DICOS_CTImageStorage : UID_DICOS_DigitalXRayImageStorageForProcessing);
  put(ds, DCM_SOPInstanceUID, newUid());
  put(ds, DCM_StudyInstanceUID, studyUid);
  put(ds, DCM_SeriesInstanceUID, seriesUid);
  put(ds, DCM_Modality, volume ? "CT" : "DX");
  put(ds, DCM_InstanceNumber, std::to_string(instance));
  put(ds, DCM_Manufacturer, scan.meta.vendor.empty() ? "CIP Workstation" : scan.meta.vendor);
  put(ds, DCM_ManufacturerModelName, scan.meta.model);
  put(ds, DCM_SeriesDescription, scan.meta.description);
  std::string imageType = "ORIGINAL\\PRIMARY";
  const bool energy = channel.role == ChannelRole::High || channel.role == ChannelRole::Low;
  if (energy) imageType += channel.role == ChannelRole::Low ? "\\LOW" : "\\HIGH";
  if (scan.meta.meaning == PixelMeaning::Transmission) imageType += "\\TRANSMISSION";
  put(ds, DCM_ImageType, imageType);
  // Each energy's file states its own beam (a single-channel scan its only one), as scanners do.
  const double kvp = channel.role == ChannelRole::Low ? scan.meta.lowEnergyKeV : scan.meta.highEnergyKeV;
  if (kvp > 0) put(ds, DCM_KVP, number(kvp));
  put(ds, DCM_OOIType, scan.meta.objectType);
  if (scan.meta.spacingX > 0 && scan.meta.spacingY > 0) {
    const std::string spacing = std::to_string(scan.meta.spacingY) + "\\" + std::to_string(scan.meta.spacingX);
    put(ds, volume ? DCM_PixelSpacing : DCM_ImagerPixelSpacing, spacing);
  }
  if (volume && scan.meta.spacingZ > 0) put(ds, DCM_SpacingBetweenSlices, std::to_string(scan.meta.spacingZ));
  ds.putAndInsertUint16(DCM_Rows, static_cast<Uint16>(scan.height));
  ds.putAndInsertUint16(DCM_Columns, static_cast<Uint16>(scan.width));
  if (volume) put(ds, DCM_NumberOfFrames, std::to_string(scan.depth));
  ds.putAndInsertUint16(DCM_SamplesPerPixel, 1);
  put(ds, DCM_PhotometricInterpretation, "MONOCHROME2");

  const cv::Mat& pixels = channel.pixels;
  OFCondition status;
  const int depth = pixels.depth();
  if (depth == CV_8U || depth == CV_16U || depth == CV_16S) {
    const Uint16 bits = depth == CV_8U ? 8 : 16;
    const int stored = scan.meta.bitsStored > 0 && scan.meta.bitsStored <= bits ? scan.meta.bitsStored : bits;
    ds.putAndInsertUint16(DCM_BitsAllocated, bits);
    ds.putAndInsertUint16(DCM_BitsStored, static_cast<Uint16>(stored));
    ds.putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(stored - 1));
    ds.putAndInsertUint16(DCM_PixelRepresentation, depth == CV_16S ? 1 : 0);
    const cv::Mat contiguous = pixels.isContinuous() ? pixels : pixels.clone();
    if (bits == 8)
      status = ds.putAndInsertUint8Array(DCM_PixelData, contiguous.ptr<Uint8>(), static_cast<unsigned long>(contiguous.total()));
    else
      status = ds.putAndInsertUint16Array(DCM_PixelData, contiguous.ptr<Uint16>(), static_cast<unsigned long>(contiguous.total()));
  } else {
    cv::Mat floats;
    pixels.convertTo(floats, CV_32F);
    ds.putAndInsertUint16(DCM_BitsAllocated, 32);
    status = ds.putAndInsertFloat32Array(DCM_FloatPixelData, floats.ptr<Float32>(), static_cast<unsigned long>(floats.total()));
  }
  if (status.good()) status = file.saveFile(path.c_str(), EXS_LittleEndianExplicit);
  if (status.bad()) throw ScanError(path, std::string("cannot be written as DICOS: ") + status.text());
}

}  // namespace

std::vector<std::string> writeDicos(const Scan& scan, const std::string& path) {
  ensureDicomCodecs();
  if (scan.channels.empty()) throw ScanError(path, "a scan without pixels cannot be written");
  if (scan.width > 65535 || scan.height > 65535) throw ScanError(path, "DICOS images are at most 65535 pixels a side");
  const std::string study = newUid(), series = newUid();
  if (scan.isDualEnergy()) {
    writeOne(scan, *scan.channel(ChannelRole::High), path, study, series, 1);
    writeOne(scan, *scan.channel(ChannelRole::Low), lowPath(path), study, series, 2);
    return {path, lowPath(path)};
  }
  if (scan.channels.size() != 1) throw ScanError(path, "colour scans cannot be written as DICOS; convert one channel");
  writeOne(scan, scan.channels.front(), path, study, series, 1);
  return {path};
}

}  // namespace cip::imaging
