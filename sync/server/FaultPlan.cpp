#include "sync/server/FaultPlan.h"

#include <QStringList>

namespace cip::server {

bool FaultPlan::parse(const QString& spec, QString* error) {
  FaultPlan plan;
  for (const QString& part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
    const QStringList kv = part.split(QLatin1Char('='));
    bool ok = false;
    const double p = kv.value(1).toDouble(&ok);
    if (kv.size() != 2 || !ok || p < 0 || p > 1) {
      *error = QStringLiteral("fault '%1': expected name=probability (0–1)").arg(part);
      return false;
    }
    const QString name = kv[0].trimmed();
    if (name == QLatin1String("500")) plan.error500 = p;
    else if (name == QLatin1String("503")) plan.error503 = p;
    else if (name == QLatin1String("hang")) plan.hang = p;
    else if (name == QLatin1String("drop")) plan.drop = p;
    else if (name == QLatin1String("truncate")) plan.truncate = p;
    else if (name == QLatin1String("corrupt")) plan.corrupt = p;
    else {
      *error = QStringLiteral("fault '%1': unknown (500, 503, hang, drop, truncate, corrupt)").arg(name);
      return false;
    }
  }
  error500 = plan.error500, error503 = plan.error503, hang = plan.hang, drop = plan.drop, truncate = plan.truncate, corrupt = plan.corrupt;
  return true;
}

FaultPlan::Fault FaultPlan::draw(bool fileBody) {
  if (!any()) return None;
  double x = std::uniform_real_distribution<double>(0, 1)(engine_);
  for (const auto& [p, fault] : {std::pair{error500, Error500}, std::pair{error503, Error503}, std::pair{hang, Hang}, std::pair{drop, Drop},
                                  std::pair{truncate, Truncate}, std::pair{fileBody ? corrupt : 0.0, Corrupt}}) {
    if (x < p) return fault;
    x -= p;
  }
  return None;
}

}  // namespace cip::server
