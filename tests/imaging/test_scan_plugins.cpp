// Vendors' scan formats through plugins: the example "Acme ACX" plugin read like a built-in
// format, and plugins that crash, hang, lie or speak another ABI each costing one file with an
// error that names the file and the plugin — never this process.

#include "TestFiles.h"
#include "../AcxFiles.h"

#include "imaging/core/ReaderRegistry.h"
#include "imaging/core/plugins/ScanPlugins.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstring>

using namespace cip::imaging;

namespace {

/// An ACX file: dual energy, 16 bits, 5 × 3 pixels.
std::string acxBytes(float pitchMm, std::size_t keepPixelBytes = std::string::npos) {
  return acx::file(5, 3, true, pitchMm, 6000, 4000, "R-TEST 60", keepPixelBytes);
}

ScanPlugins hostilePlugins(int timeoutMs) { return ScanPlugins({CIP_HOSTILE_PLUGINS}, ScanPlugins::hostProgram(), timeoutMs); }

std::string errorOf(const ScanPlugins& plugins, const std::string& path) {
  try {
    plugins.open(path, {});
  } catch (const ScanError& error) {
    return error.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("A vendor's format is read through its plugin, out of process, like a built-in one", "[imaging][plugins]") {
  TempFolder tmp;
  const std::string path = tmp.file("container.acx");
  writeBytes(path, acxBytes(4.5f));
  const Scan scan = openScan(path);
  CHECK(scan.meta.format == "Acme ACX cargo scan (plugin libcip_plugin_acme_acx.so)");
  REQUIRE(scan.isDualEnergy());
  CHECK(scan.width == 5);
  CHECK(scan.height == 3);
  CHECK(scan.channel(ChannelRole::High)->pixels.at<std::uint16_t>(2, 4) == 1000 + 100 * 14);
  CHECK(scan.channel(ChannelRole::Low)->pixels.at<std::uint16_t>(0, 1) == 850);
  CHECK(scan.meta.spacingX == Approx(4.5));
  CHECK(scan.meta.highEnergyKeV == 6000);
  CHECK(scan.meta.lowEnergyKeV == 4000);
  CHECK(scan.meta.energySource == "the plugin \"Acme ACX cargo scan\"");
  CHECK(scan.meta.meaning == PixelMeaning::Transmission);
  CHECK(scan.meta.model == "R-TEST 60");
  CHECK(scan.meta.sopInstanceUid.empty());  // the DICOS in between is not the scan's identity

  const std::vector<PluginInfo> found = ScanPlugins::standard().plugins();
  const auto acme = std::find_if(found.begin(), found.end(), [](const PluginInfo& p) { return p.name == "Acme ACX cargo scan"; });
  REQUIRE(acme != found.end());
  CHECK(acme->usable());
  CHECK(acme->abi == 1);
  CHECK(acme->extensions == ".acx");
}

TEST_CASE("A file the plugin cannot read gets the plugin's reason, naming the file", "[imaging][plugins][hostile]") {
  TempFolder tmp;
  const std::string path = tmp.file("cut.acx");
  writeBytes(path, acxBytes(5, 20));
  try {
    openScan(path);
    FAIL("no error");
  } catch (const ScanError& error) {
    const std::string message = error.what();
    CHECK(message.rfind(path + ": the plugin \"Acme ACX cargo scan\" cannot read it: claims 5 x 3 pixels in 2 channels (60 bytes) but holds 20 bytes",
                        0) == 0);
  }
  writeBytes(tmp.file("unknown.bin"), std::string(64, 'z'));
  try {
    openScan(tmp.file("unknown.bin"));
    FAIL("no error");
  } catch (const ScanError& error) {
    CHECK(std::string(error.what()).find("not a format CIP Workstation reads") != std::string::npos);
    CHECK(std::string(error.what()).find("plugins: Acme ACX cargo scan") != std::string::npos);
  }
}

TEST_CASE("A plugin that crashes, hangs or lies costs one file, with the plugin named", "[imaging][plugins][hostile]") {
  TempFolder tmp;
  const ScanPlugins plugins = hostilePlugins(3000);
  auto fileFor = [&](int kind) {
    const std::string path = tmp.file("scan" + std::to_string(kind) + ".hostile");
    writeBytes(path, "HOSTILE" + std::to_string(kind) + std::string(56, '\0'));
    return path;
  };
  const std::string crashed = errorOf(plugins, fileFor(1));
  CHECK(crashed.find("the plugin \"Hostile test format 1\"") != std::string::npos);
  CHECK(crashed.find("crashed (signal 11") != std::string::npos);

  const auto start = std::chrono::steady_clock::now();
  const std::string hung = errorOf(plugins, fileFor(2));
  const auto took = std::chrono::steady_clock::now() - start;
  CHECK(hung.find("the plugin \"Hostile test format 2\"") != std::string::npos);
  CHECK(hung.find("did not finish within 3.0 s and was stopped") != std::string::npos);
  CHECK(took >= std::chrono::seconds(3));  // stopped at its deadline, not before
  CHECK(took < std::chrono::seconds(15));

  const std::string lied = errorOf(plugins, fileFor(3));
  CHECK(lied.rfind(fileFor(3) + ":", 0) == 0);
  CHECK(lied.find("the plugin \"Hostile test format 3\" returned 1000000×1000000×1 pixels in 2 channels, more than the limit of 4096 MiB") != std::string::npos);

  const std::string roles = errorOf(plugins, fileFor(4));
  CHECK(roles.find("returned a dual-energy scan that is not exactly one high and one low channel") != std::string::npos);

  const std::string quit = errorOf(plugins, fileFor(7));
  CHECK(quit.find("the plugin \"Hostile test format 7\": the converter host did not write") != std::string::npos);

  // A file none of them claims is no plugin's business.
  writeBytes(tmp.file("plain.bin"), std::string(64, 'a'));
  CHECK_FALSE(plugins.open(tmp.file("plain.bin"), {}));
}

TEST_CASE("A plugin for another ABI version is listed as unusable and never asked, one that forges its description is not believed",
          "[imaging][plugins][hostile]") {
  const ScanPlugins plugins = hostilePlugins(3000);
  const std::vector<PluginInfo> found = plugins.plugins();
  REQUIRE(found.size() == 7);
  const auto byFile = [&](const std::string& name) {
    return *std::find_if(found.begin(), found.end(), [&](const PluginInfo& p) { return p.file.find(name) != std::string::npos; });
  };
  const PluginInfo noisy = byFile("cip_hostile_plugin_6");
  CHECK(noisy.usable());
  CHECK(noisy.name == "Hostile test format 6");  // the host's line, not the plugin's own print
  const PluginInfo old = byFile("cip_hostile_plugin_5");
  CHECK_FALSE(old.usable());
  CHECK(old.problem == "is written for plugin ABI version 99; this program speaks version 1");
  TempFolder tmp;
  writeBytes(tmp.file("old.hostile"), "HOSTILE5" + std::string(56, '\0'));
  CHECK_FALSE(plugins.open(tmp.file("old.hostile"), {}));
}
