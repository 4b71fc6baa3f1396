#include "app/jobs/DeclarationChecks.h"

#include "sync/model/Iso6346.h"
#include "widgets/viewer/MaterialNames.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <set>

namespace cip::app {

namespace {

using model::CheckKind;
using model::CheckOutcome;
using model::DeclarationCheck;

struct Text {
  Q_DECLARE_TR_FUNCTIONS(DeclarationChecks)
};

QString tonnes(double kg) { return QLocale().toString(kg / 1000.0, 'f', 1); }

/// The checks that read the image need the cargo findings: on a scan that is no container or
/// vehicle radiograph (a medical CT, a baggage image) they do not apply, and say so.
bool withoutCargoFindings(const imaging::ScanFindings& findings, DeclarationCheck& check) {
  if (findings.cargoScan()) return false;
  check.outcome = CheckOutcome::NotApplicable;
  check.why = Text::tr("The scan is not a container or vehicle scan, so no automatic findings compare it with the declaration.");
  return true;
}

DeclarationCheck containerNumbers(const model::Declaration& declaration, const model::Job& job) {
  DeclarationCheck check{CheckKind::ContainerNumbers, CheckOutcome::Pass, Text::tr("Container numbers"), {}};
  QStringList problems;
  std::set<QString> declared, scanned;
  for (const QString& number : declaration.containerNumbers) {
    const model::ContainerNumberCheck iso = model::checkContainerNumber(number);
    declared.insert(iso.normalized.isEmpty() ? number : iso.normalized);
    if (!iso.valid) problems << Text::tr("%1 on the declaration is not a valid ISO 6346 number: %2").arg(number, iso.problem);
  }
  for (const QString& number : job.containerNumbers) {
    const model::ContainerNumberCheck iso = model::checkContainerNumber(number);
    scanned.insert(iso.normalized.isEmpty() ? number : iso.normalized);
  }
  if (declaration.containerNumbers.isEmpty()) {
    check.outcome = CheckOutcome::Warn;
    check.why = Text::tr("The declaration names no container.");
  } else if (job.containerNumbers.isEmpty()) {
    check.outcome = CheckOutcome::Warn;
    check.why = Text::tr("The scanner read no container number to compare with.");
  } else if (declared != scanned) {
    check.outcome = CheckOutcome::Fail;
    check.why = Text::tr("Declared %1, but the scanner read %2.")
                    .arg(QStringList(declared.begin(), declared.end()).join(QLatin1String(", ")),
                         QStringList(scanned.begin(), scanned.end()).join(QLatin1String(", ")));
  } else {
    check.why = Text::tr("%1: as declared, check digits valid.").arg(QStringList(declared.begin(), declared.end()).join(QLatin1String(", ")));
  }
  if (!problems.isEmpty()) {
    check.outcome = CheckOutcome::Fail;
    check.why = problems.join(QLatin1Char(' ')) + QLatin1Char(' ') + check.why;
  }
  return check;
}

DeclarationCheck emptyContainer(const model::Declaration& declaration, const imaging::ScanFindings& findings) {
  DeclarationCheck check{CheckKind::EmptyContainer, CheckOutcome::Pass, Text::tr("Empty container"), {}};
  if (withoutCargoFindings(findings, check)) return check;
  const int load = static_cast<int>(findings.count(imaging::FindingKind::Load) + findings.count(imaging::FindingKind::Anomaly) +
                                    findings.count(imaging::FindingKind::Dense) + findings.count(imaging::FindingKind::Impenetrable));
  if (declaration.declaredEmpty) {
    if (findings.emptyCheck == imaging::EmptyCheck::ConfirmedEmpty) {
      check.why = Text::tr("Declared empty, and nothing was found inside.");
    } else {
      check.outcome = CheckOutcome::Fail;
      check.why = Text::tr("Declared empty, but %n region(s) inside hold something.", nullptr, load);
    }
  } else if (load == 0) {
    check.outcome = CheckOutcome::Fail;
    check.why = Text::tr("Goods are declared, but the container looks empty.");
  } else {
    check.outcome = CheckOutcome::NotApplicable;
    check.why = Text::tr("Goods declared and seen.");
  }
  return check;
}

DeclarationCheck weight(const model::Declaration& declaration, const imaging::ScanFindings& findings, const WeightTolerance& tolerance) {
  DeclarationCheck check{CheckKind::Weight, CheckOutcome::NotApplicable, Text::tr("Weight"), {}};
  if (withoutCargoFindings(findings, check)) return check;
  const double declared = declaration.totalGrossKg();
  const imaging::LoadMassEstimate& mass = findings.loadMass;
  if (declaration.declaredEmpty) {
    check.why = Text::tr("Declared empty: see the empty-container check.");
    return check;
  }
  if (mass.kg < 0) {
    check.why = Text::tr("The scan does not state its pixel size, so the image cannot be weighed.");
    return check;
  }
  if (declared <= 0) {
    check.outcome = CheckOutcome::Warn;
    check.why = Text::tr("No gross weight declared; the image shows about %1 t.").arg(tonnes(mass.kg));
    return check;
  }
  const double difference = (mass.kg - declared) / declared;
  const QString figures = Text::tr("Declared %1 t, the image shows about %2 t (%3%4 %).")
                              .arg(tonnes(declared), tonnes(mass.kg), difference >= 0 ? QStringLiteral("+") : QString())
                              .arg(std::lround(100 * difference));
  const double size = std::abs(difference);
  check.outcome = size >= tolerance.fail ? CheckOutcome::Fail : size >= tolerance.warn ? CheckOutcome::Warn : CheckOutcome::Pass;
  check.why = figures;
  if (mass.lowerBound) {
    // Part of the load is beyond penetration: the image's figure is a minimum.
    if (difference < 0 && check.outcome == CheckOutcome::Fail) check.outcome = CheckOutcome::Warn;
    check.why += QLatin1Char(' ') + Text::tr("Part of the load is beyond penetration, so the image's weight is a minimum.");
  }
  return check;
}

DeclarationCheck materials(const model::Declaration& declaration, const imaging::ScanFindings& findings) {
  DeclarationCheck check{CheckKind::Materials, CheckOutcome::Pass, Text::tr("Materials"), {}};
  if (withoutCargoFindings(findings, check)) return check;
  if (declaration.declaredEmpty) {
    check.outcome = CheckOutcome::NotApplicable;
    check.why = Text::tr("Declared empty: nothing to compare.");
    return check;
  }
  if (!findings.materialsChecked) {
    check.outcome = CheckOutcome::NotApplicable;
    check.why = findings.expected.known ? Text::tr("A single-energy scan shows no materials.")
                                        : Text::tr("The declared HS chapters have no expected material classes.");
    return check;
  }
  QStringList allowed, seen;
  for (imaging::MaterialClass cls : {imaging::MaterialClass::Organic, imaging::MaterialClass::Inorganic, imaging::MaterialClass::Metal})
    if (findings.expected.allows(cls)) allowed << widgets::MaterialNames::name(cls);
  const QString expected = allowed.join(QLatin1String(", "));
  for (const imaging::Finding& f : findings.findings)
    if (f.kind == imaging::FindingKind::Anomaly && !seen.contains(widgets::MaterialNames::name(f.material)))
      seen << widgets::MaterialNames::name(f.material);
  if (seen.isEmpty()) {
    check.why = Text::tr("The load's materials fit the declared goods (%1).").arg(expected);
  } else {
    check.outcome = CheckOutcome::Fail;
    check.why = Text::tr("%1 material seen where the declared goods are %2: %n region(s).", nullptr,
                   static_cast<int>(findings.count(imaging::FindingKind::Anomaly)))
                    .arg(seen.join(QLatin1String(", ")), expected);
  }
  return check;
}

}  // namespace

QList<model::DeclarationCheck> checkDeclaration(const model::Declaration& declaration, const model::Job& job,
                                                const imaging::ScanFindings& findings, const WeightTolerance& tolerance) {
  return {containerNumbers(declaration, job), emptyContainer(declaration, findings), weight(declaration, findings, tolerance),
          materials(declaration, findings)};
}

}  // namespace cip::app
