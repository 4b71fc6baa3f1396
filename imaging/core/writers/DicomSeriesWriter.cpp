#include "imaging/core/writers/DicomSeriesWriter.h"

#include "imaging/core/ScanError.h"
#include "imaging/core/readers/DicomPixels.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <opencv2/core.hpp>

#include <cstdio>
#include <filesystem>
#include <iomanip>
#include <sstream>

namespace cip::imaging {

namespace {

std::string newUid() {
  char buffer[100];
  return dcmGenerateUniqueIdentifier(buffer, SITE_INSTANCE_UID_ROOT);
}

/// A decimal string (DS) of at most 16 characters.
std::string decimal(double value) {
  std::ostringstream text;
  text << std::setprecision(8) << value;
  return text.str();
}

}  // namespace

std::vector<std::string> writeDicomSeries(const Scan& volume, const std::string& folder, const std::string& prefix) {
  ensureDicomCodecs();
  if (volume.channels.size() != 1) throw ScanError(folder, "a CT series holds one channel; this scan has " + std::to_string(volume.channels.size()));
  const int type = volume.channels[0].pixels.depth();
  if (type != CV_8U && type != CV_16U && type != CV_16S)
    throw ScanError(folder, "a CT series is written from 8- or 16-bit integer slices, not " + volume.sampleType());
  if (volume.width > 65535 || volume.height > 65535 || volume.depth > 99999)
    throw ScanError(folder, "a CT series has at most 65535 × 65535 pixels a slice and 99999 slices");
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) throw ScanError(folder, "cannot be created: " + error.message());

  const ScanMetadata& m = volume.meta;
  const std::string study = newUid(), series = newUid(), frame = newUid();
  const double step = m.spacingZ > 0 ? m.spacingZ : 1.0;
  const Uint16 bits = type == CV_8U ? 8 : 16;
  std::vector<std::string> files;
  for (int z = 0; z < volume.depth; ++z) {
    char name[32];
    std::snprintf(name, sizeof name, "_%04d.dcm", z + 1);
    const std::string path = (std::filesystem::path(folder) / (prefix + name)).string();
    DcmFileFormat file;
    DcmDataset& ds = *file.getDataset();
    ds.putAndInsertString(DCM_SOPClassUID, UID_CTImageStorage);
    ds.putAndInsertString(DCM_SOPInstanceUID, newUid().c_str());
    ds.putAndInsertString(DCM_StudyInstanceUID, study.c_str());
    ds.putAndInsertString(DCM_SeriesInstanceUID, series.c_str());
    ds.putAndInsertString(DCM_FrameOfReferenceUID, frame.c_str());
    ds.putAndInsertString(DCM_Modality, "CT");
    ds.putAndInsertString(DCM_ImageType, "ORIGINAL\\PRIMARY\\AXIAL");
    ds.putAndInsertString(DCM_Manufacturer, m.vendor.empty() ? "CIP Workstation" : m.vendor.c_str());
    if (!m.model.empty()) ds.putAndInsertString(DCM_ManufacturerModelName, m.model.c_str());
    if (!m.description.empty()) ds.putAndInsertString(DCM_SeriesDescription, m.description.c_str());
    if (m.highEnergyKeV > 0) ds.putAndInsertString(DCM_KVP, decimal(m.highEnergyKeV).c_str());
    ds.putAndInsertString(DCM_InstanceNumber, std::to_string(z + 1).c_str());
    ds.putAndInsertString(DCM_ImageOrientationPatient, "1\\0\\0\\0\\1\\0");
    ds.putAndInsertString(DCM_ImagePositionPatient, ("0\\0\\" + decimal(z * step)).c_str());
    ds.putAndInsertString(DCM_SliceThickness, decimal(step).c_str());
    if (m.spacingX > 0 && m.spacingY > 0) ds.putAndInsertString(DCM_PixelSpacing, (decimal(m.spacingY) + "\\" + decimal(m.spacingX)).c_str());
    ds.putAndInsertUint16(DCM_Rows, static_cast<Uint16>(volume.height));
    ds.putAndInsertUint16(DCM_Columns, static_cast<Uint16>(volume.width));
    ds.putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds.putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    ds.putAndInsertUint16(DCM_BitsAllocated, bits);
    ds.putAndInsertUint16(DCM_BitsStored, bits);
    ds.putAndInsertUint16(DCM_HighBit, static_cast<Uint16>(bits - 1));
    ds.putAndInsertUint16(DCM_PixelRepresentation, type == CV_16S ? 1 : 0);
    const cv::Mat slice = volume.slice(0, z).clone();  // contiguous
    OFCondition status =
        bits == 8 ? ds.putAndInsertUint8Array(DCM_PixelData, slice.ptr<Uint8>(), static_cast<unsigned long>(slice.total()))
                  : ds.putAndInsertUint16Array(DCM_PixelData, slice.ptr<Uint16>(), static_cast<unsigned long>(slice.total()));
    if (status.good()) status = file.saveFile(path.c_str(), EXS_LittleEndianExplicit);
    if (status.bad()) throw ScanError(path, std::string("cannot be written as a CT slice: ") + status.text());
    files.push_back(path);
  }
  return files;
}

}  // namespace cip::imaging
