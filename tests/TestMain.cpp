#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "widgets/vtk/SurfaceFormat.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdlib>
#include <memory>

int main(int argc, char* argv[]) {
  std::unique_ptr<QCoreApplication> app;
  cip::widgets::setVtkSurfaceFormat();  // before QApplication, for the VTK views under test
  if (std::getenv("DISPLAY"))
    app = std::make_unique<QApplication>(argc, argv);
  else
    app = std::make_unique<QCoreApplication>(argc, argv);
  // Our modules log at info level (migrations, connections); tests keep only warnings unless asked.
  if (!std::getenv("CIP_TEST_VERBOSE")) QLoggingCategory::setFilterRules(QStringLiteral("cip.*.info=false"));
  return Catch::Session().run(argc, argv);
}
