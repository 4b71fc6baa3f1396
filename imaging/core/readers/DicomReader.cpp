#include "imaging/core/readers/DicomReader.h"

#include "imaging/core/readers/DicomPixels.h"
#include "imaging/core/readers/TdrReader.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

#include <filesystem>
#include <utility>
#include <vector>

namespace cip::imaging {

namespace fs = std::filesystem;

namespace {

/// The folder a file lies in; "." for a bare file name (an empty path names no folder).
fs::path folderOf(const std::string& path) {
  const fs::path parent = fs::path(path).parent_path();
  return parent.empty() ? fs::path(".") : parent;
}

bool hasImageType(DcmDataset& ds, const char* value) {
  OFString item;
  for (unsigned long i = 0; ds.findAndGetOFString(DCM_ImageType, item, i).good(); ++i)
    if (item == value) return true;
  return false;
}

bool isEnergyPartner(const fs::path& candidate, const std::string& path, const std::string& series, bool wantLow) {
  std::error_code error;
  if (!fs::is_regular_file(candidate, error) || fs::equivalent(candidate, path, error) || !looksLikeDicomFile(candidate.string())) return false;
  try {
    DcmFileFormat other;
    loadDicomFile(candidate.string(), other, 4096);
    DcmDataset& ds = *other.getDataset();
    return datasetString(ds, 0x0020, 0x000e) == series && hasImageType(ds, wantLow ? "LOW" : "HIGH");
  } catch (const ScanError&) {
    return false;
  }
}

/// The names writeDicos() and most exports give the other energy: NAME_low.EXT beside NAME.EXT
/// (or NAME_high.EXT), tried before the folder is searched.
std::vector<fs::path> likelyPartnerNames(const fs::path& file, bool wantLow) {
  const std::string stem = file.stem().string(), ext = file.extension().string();
  const auto endsWith = [&](const char* suffix) {
    const std::string s(suffix);
    return stem.size() > s.size() && stem.compare(stem.size() - s.size(), s.size(), s) == 0;
  };
  const fs::path folder = file.parent_path();
  std::vector<fs::path> names;
  if (wantLow) {
    names.push_back(folder / (stem + "_low" + ext));
    if (endsWith("_high")) names.push_back(folder / (stem.substr(0, stem.size() - 5) + "_low" + ext));
  } else {
    if (endsWith("_low")) {
      names.push_back(folder / (stem.substr(0, stem.size() - 4) + ext));
      names.push_back(folder / (stem.substr(0, stem.size() - 4) + "_high" + ext));
    }
    names.push_back(folder / (stem + "_high" + ext));
  }
  return names;
}

/// The other energy of a dual-energy pair: a file beside `path` in the same series whose Image
/// Type says the opposite energy (the convention writeDicos() uses). Empty when there is none.
std::string energyPartner(const std::string& path, const std::string& series, bool wantLow) {
  for (const fs::path& candidate : likelyPartnerNames(fs::path(path), wantLow))
    if (isEnergyPartner(candidate, path, series, wantLow)) return candidate.string();
  std::error_code error;
  int looked = 0;
  for (const auto& entry : fs::directory_iterator(folderOf(path), error)) {
    if (++looked > 500) break;
    if (isEnergyPartner(entry.path(), path, series, wantLow)) return entry.path().string();
  }
  return {};
}

}  // namespace

bool looksLikeDicomFile(const std::string& path) {
  try {
    return DicomReader().confidence(ReaderRegistry::sniff(path)) > 0;
  } catch (const ScanError&) {  // gone, or not a regular file
    return false;
  }
}

int DicomReader::confidence(const SniffInput& input) const {
  if (input.isDirectory) return 0;
  if (input.head.size() >= 132 && input.head.compare(128, 4, "DICM") == 0) return 100;
  // Files without preamble and meta header (old ACR-NEMA style) start with a group 0008 element,
  // or a meta group without preamble; a few stray bytes may come first.
  const int start = datasetStart(input.head);
  if (start == 0) return 40;
  if (start > 0) return 30;
  return 0;
}

Scan DicomReader::read(const std::string& path, const LoadLimits& limits) const {
  // Elements over 64 KiB (the pixels) stay on disk until needed: uncompressed pixels are then
  // read once, straight into the scan; everything else loads them on first access.
  DcmFileFormat file;
  loadDicomFile(path, file, 1 << 16);
  DcmDataset& ds = *file.getDataset();
  const std::string sopClass = datasetString(ds, 0x0008, 0x0016);
  if (isThreatReportClass(sopClass)) {
    Scan scan;
    scan.width = scan.height = 0;
    scan.meta = readDicomMetadata(ds);
    scan.reports.push_back(readThreatReport(path, ds));
    return scan;
  }
  if (!ds.tagExists(DCM_Rows) || !ds.tagExists(DCM_Columns))
    throw ScanError(path, "DICOM object of SOP class " + (sopClass.empty() ? std::string("(none)") : sopClass) + " holds no image");
  Scan scan = decodeDicomPixels(path, file, limits);
  if (hasImageType(ds, "TRANSMISSION")) scan.meta.meaning = PixelMeaning::Transmission;
  const bool high = hasImageType(ds, "HIGH"), low = hasImageType(ds, "LOW");
  if ((high || low) && scan.channels.size() == 1) {
    scan.channels[0].role = high ? ChannelRole::High : ChannelRole::Low;
    if (low) std::swap(scan.meta.highEnergyKeV, scan.meta.lowEnergyKeV);  // this file's KVP is the low beam's
    const std::string partnerPath = energyPartner(path, datasetString(ds, 0x0020, 0x000e), high);
    if (!partnerPath.empty()) {
      DcmFileFormat partnerFile;
      loadDicomFile(partnerPath, partnerFile, 1 << 16);
      Scan partner = decodeDicomPixels(partnerPath, partnerFile, limits);
      if (partner.width != scan.width || partner.height != scan.height || partner.depth != scan.depth || partner.channels.size() != 1)
        throw ScanError(partnerPath, "the other energy of " + path + " has a different size");
      partner.channels[0].role = high ? ChannelRole::Low : ChannelRole::High;
      if (partner.meta.highEnergyKeV > 0) {
        (high ? scan.meta.lowEnergyKeV : scan.meta.highEnergyKeV) = partner.meta.highEnergyKeV;
        scan.meta.energySource = partner.meta.energySource;
      }
      scan.channels.push_back(partner.channels[0]);
      if (!high) std::swap(scan.channels[0], scan.channels[1]);  // high first, as every reader does
    }
  }
  if (scan.meta.format == "DICOS")
    scan.reports = findReportsFor(folderOf(path).string(), scan.meta.sopInstanceUid);
  return scan;
}

}  // namespace cip::imaging
