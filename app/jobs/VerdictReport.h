#pragma once

#include "imaging/core/Scan.h"
#include "sync/model/Declaration.h"
#include "sync/model/DeclarationCheck.h"
#include "sync/model/Job.h"
#include "sync/model/Verdict.h"

#include <QImage>
#include <QString>

#include <optional>

namespace cip::app {

/// The scan as the report shows it: the automatic window, fitted into `size`, with every mark
/// outlined in its category's colour and numbered as in the report's list of marks.
QImage reportPicture(const imaging::Scan& scan, const QList<model::Annotation>& marks, const QSize& size);

/// A one-page printable PDF of a verdict — what was decided, by whom, when and how long it took;
/// the scan with the marks; the declaration in brief; the image–declaration checks — for the
/// file of the case and for the officers at the inspection. Needs a QGuiApplication (fonts).
/// Throws std::runtime_error naming the file when it cannot be written.
void writeVerdictReport(const QString& path, const model::Verdict& verdict, const model::Job& job,
                        const std::optional<model::Declaration>& declaration, const QList<model::DeclarationCheck>& checks,
                        const imaging::Scan& scan);

}  // namespace cip::app
