#pragma once

#include "imaging/core/Scan.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cip::app {

/// `cip-tool` commands over the imaging core: info, render, convert, analyze, synth. Same exit-code contract as
/// ToolCommands (0 ok, 1 failed, 2 usage).
/// The scanner profile a command measures a scan with: `--profiles FILE` (else the workstation's
/// default profile file, when there is one) and `--scanner ID` (else the file's model decides).
/// Returns what the profile set; throws ScanError naming the profile file and field.
QStringList applyProfileOptions(imaging::Scan& scan, const QString& profilesFile, const QString& scannerId);

class ImagingCommands {
  Q_DECLARE_TR_FUNCTIONS(ImagingCommands)
 public:
  ImagingCommands(QTextStream& out, QTextStream& err) : out_(out), err_(err) {}

  /// `info FILE [--low FILE] [--profiles FILE] [--scanner ID]`: what the file is, as a table.
  int info(const QStringList& args);
  /// `info --plugins`: the vendors' format plugins found, usable or why not; exit 1 when one is refused.
  int plugins();
  /// `render FILE -o OUT.png [options]`: the scan as the viewer would show it.
  int render(const QStringList& args);
  /// `convert FILE [--low FILE] -o OUT.dcs`: the scan as DICOS (dual energy: OUT and OUT_low).
  int convert(const QStringList& args);
  /// `analyze FILE [--declared-empty | --hs CODES] [-o JSON] [--overlay PNG]`: automatic findings.
  int analyze(const QStringList& args);
  /// `synth SCENE.json -o DIR`: a physics-based dual-energy scan of the scene, with ground truth.
  int synth(const QStringList& args);

 private:
  QTextStream& out_;
  QTextStream& err_;
};

}  // namespace cip::app
