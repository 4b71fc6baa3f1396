// Corrupt, truncated, huge and hostile inputs: each gives a ScanError that names the file and
// says what is wrong, before any large allocation.

#include "TestFiles.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/readers/RasterImageReader.h"

#include <catch2/catch.hpp>
#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dctk.h>

using namespace cip::imaging;

namespace {

/// `named`: the file the message must start with (the one at fault), by default `path`.
void expectError(const std::string& path, const std::string& part, const LoadLimits& limits = {},
                 const std::string& named = {}) {
  INFO(path << " should fail with '" << part << "'");
  try {
    openScan(path, limits);
    FAIL("no error");
  } catch (const ScanError& error) {
    const std::string message = error.what();
    INFO(message);
    CHECK(message.rfind(named.empty() ? path : named, 0) == 0);
    CHECK(message.find(part) != std::string::npos);
  }
}

std::string npy(const std::string& shape, const std::string& payload, const std::string& descr = "<u2") {
  return npyBytes("{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }", payload);
}

}  // namespace

TEST_CASE("Missing, empty and unknown files", "[imaging][hostile]") {
  TempFolder tmp;
  expectError(tmp.file("nothing.dcm"), "no such file");
  writeBytes(tmp.file("empty.npy"), "");
  expectError(tmp.file("empty.npy"), "empty");
  writeBytes(tmp.file("text.dcm"), "just some text, not an image at all");
  expectError(tmp.file("text.dcm"), "not a format");
}

TEST_CASE("NumPy headers that lie", "[imaging][hostile][npy]") {
  TempFolder tmp;
  writeBytes(tmp.file("huge.npy"), npy("(200000, 200000, 2)", u16le({1, 2})));
  expectError(tmp.file("huge.npy"), "more than the limit");
  writeBytes(tmp.file("short.npy"), npy("(100, 100)", u16le({1, 2, 3})));
  expectError(tmp.file("short.npy"), "holds only");
  writeBytes(tmp.file("fortran.npy"), npyBytes("{'descr': '<u2', 'fortran_order': True, 'shape': (1, 1), }", u16le({1})));
  expectError(tmp.file("fortran.npy"), "Fortran");
  writeBytes(tmp.file("noshape.npy"), npyBytes("{'descr': '<u2', 'fortran_order': False, }", u16le({1})));
  expectError(tmp.file("noshape.npy"), "'shape'");
  writeBytes(tmp.file("letters.npy"), npy("(1, x)", u16le({1})));
  expectError(tmp.file("letters.npy"), "whole numbers");
  writeBytes(tmp.file("4d.npy"), npy("(1, 1, 1, 1)", u16le({1})));
  expectError(tmp.file("4d.npy"), "dimensions");
  writeBytes(tmp.file("zero.npy"), npy("(0, 5)", ""));
  expectError(tmp.file("zero.npy"), "zero dimension");
  writeBytes(tmp.file("dtype.npy"), npy("(1, 1)", "xxxxxxxx", "<c8"));
  expectError(tmp.file("dtype.npy"), "not supported");
  std::string badLength = npy("(1, 1)", u16le({1}));
  badLength[8] = '\xff';
  badLength[9] = '\xff';
  writeBytes(tmp.file("length.npy"), badLength);
  expectError(tmp.file("length.npy"), "header claims");
  std::string version = npy("(1, 1)", u16le({1}));
  version[6] = 9;
  writeBytes(tmp.file("version.npy"), version);
  expectError(tmp.file("version.npy"), "version 9");
  LoadLimits tiny;
  tiny.maxPixelBytes = 1024;
  writeBytes(tmp.file("limit.npy"), npy("(40, 40)", std::string(3200, '\0')));
  expectError(tmp.file("limit.npy"), "more than the limit", tiny);
}

TEST_CASE("Sidecars that are wrong name the field", "[imaging][hostile][raw]") {
  TempFolder tmp;
  writeBytes(tmp.file("p.raw"), std::string(8, '\0'));
  // Problems of the description name the sidecar; problems of the pixels name the pixel file.
  auto sidecar = [&](const std::string& fields, const std::string& part, const std::string& named = "s.json") {
    writeBytes(tmp.file("s.json"), R"({"format": "cip-raw", "version": 1, )" + fields + "}");
    expectError(tmp.file("s.json"), part, {}, tmp.file(named));
  };
  sidecar(R"("data": "p.raw", "height": 2, "dtype": "uint16")", "'width' is required");
  sidecar(R"("data": "p.raw", "width": -2, "height": 2, "dtype": "uint16")", "'width' must be a positive");
  sidecar(R"("data": "p.raw", "width": 2, "height": 2, "dtype": "complex")", "dtype 'complex'");
  sidecar(R"("data": "../p.raw", "width": 2, "height": 2, "dtype": "uint16")", "same folder");
  sidecar(R"("data": "p.raw", "width": 2, "height": 2, "dtype": "uint16", "interleaved": "yes")", "'interleaved'");
  sidecar(R"("data": "p.raw", "width": 2, "height": 2, "dtype": "uint16", "channelRoles": ["high"], "channels": 2)", "one role per channel");
  sidecar(R"("data": "p.raw", "width": 2, "height": 2, "dtype": "uint16", "meaning": "density")", "'meaning'");
  sidecar(R"("data": "p.raw", "width": 2, "height": 2, "dtype": "uint16", "spacing_mm": [0, 1])", "'spacing_mm'");
  sidecar(R"("data": "p.raw", "width": 1000000, "height": 1000000, "dtype": "uint16")", "more than the limit", "p.raw");
  sidecar(R"("data": "p.raw", "width": 20, "height": 20, "dtype": "uint16")", "holds only", "p.raw");
  sidecar(R"("data": "missing.raw", "width": 2, "height": 2, "dtype": "uint16")", "cannot read its size", "missing.raw");
  writeBytes(tmp.file("s.json"), R"({"format": "cip-raw", "version": 1, "width": )");
  expectError(tmp.file("s.json"), "not valid JSON");
  // Found by fuzzing: a number too large for any type is a JSON error too, not a crash.
  writeBytes(tmp.file("s.json"), R"({"format": "cip-raw", "version": 1, "width": 8888888888888888888888888E888})");
  expectError(tmp.file("s.json"), "not valid JSON");
}

TEST_CASE("DICOM headers that claim more than the file holds", "[imaging][hostile][dicom]") {
  TempFolder tmp;
  auto write = [&](const std::string& name, Uint16 rows, Uint16 cols, const char* frames, unsigned long pixelCount) {
    DcmFileFormat file;
    DcmDataset* ds = file.getDataset();
    ds->putAndInsertString(DCM_SOPClassUID, UID_DigitalXRayImageStorageForProcessing);
    ds->putAndInsertUint16(DCM_Rows, rows);
    ds->putAndInsertUint16(DCM_Columns, cols);
    if (frames) ds->putAndInsertString(DCM_NumberOfFrames, frames);
    ds->putAndInsertUint16(DCM_SamplesPerPixel, 1);
    ds->putAndInsertString(DCM_PhotometricInterpretation, "MONOCHROME2");
    ds->putAndInsertUint16(DCM_BitsAllocated, 16);
    ds->putAndInsertUint16(DCM_BitsStored, 16);
    ds->putAndInsertUint16(DCM_HighBit, 15);
    ds->putAndInsertUint16(DCM_PixelRepresentation, 0);
    std::vector<Uint16> pixels(pixelCount, 7);
    ds->putAndInsertUint16Array(DCM_PixelData, pixels.data(), pixelCount);
    REQUIRE(file.saveFile(tmp.file(name).c_str(), EXS_LittleEndianExplicit).good());
  };
  write("short.dcm", 512, 512, nullptr, 100);
  expectError(tmp.file("short.dcm"), "pixel data holds 200 bytes");
  write("frames.dcm", 65535, 65535, "60000", 4);
  expectError(tmp.file("frames.dcm"), "more than the limit");
  write("zero.dcm", 0, 10, nullptr, 4);
  expectError(tmp.file("zero.dcm"), "Rows/Columns");
}

TEST_CASE("Broken PNG files", "[imaging][hostile][raster]") {
  TempFolder tmp;
  // A PNG signature and an IHDR chunk claiming 100000 × 100000 pixels.
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\x01\x86\xa0\0\x01\x86\xa0\x10\0\0\0\0", 29);
  writeBytes(tmp.file("huge.png"), png + std::string(100, '\0'));
  expectError(tmp.file("huge.png"), "more than the limit");
  writeBytes(tmp.file("cut.png"), png.substr(0, 20));  // ends inside the header chunk
  expectError(tmp.file("cut.png"), "cannot be decoded");
}

TEST_CASE("The image reader hands OpenCV only PNG, TIFF and JPEG", "[imaging][hostile][raster]") {
  // Found by fuzzing: OpenCV's imdecode passes a DICOM preamble to its GDCM codec, which crashed.
  TempFolder tmp;
  writeBytes(tmp.file("dicm.png"), std::string(128, '\0') + "DICM\x08\0\0\0");
  try {
    RasterImageReader().read(tmp.file("dicm.png"), {});
    FAIL("no error");
  } catch (const ScanError& error) {
    CHECK(std::string(error.what()).rfind(tmp.file("dicm.png"), 0) == 0);
    CHECK(std::string(error.what()).find("not a PNG, TIFF or JPEG") != std::string::npos);
  }
}
