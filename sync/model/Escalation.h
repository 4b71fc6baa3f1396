#pragma once

#include "sync/model/Verdict.h"

namespace cip::model {

/// A verdict the central system refused, handed by its analyst to a supervisor: the verdict as
/// submitted, the central system's reason for refusing it, and the analyst's note. Nothing an
/// analyst decided disappears because the central system would not take it.
struct Escalation {
  Verdict verdict;
  QString refusal;
  QString note;
};

QJsonObject toJson(const Escalation& escalation);
Decoded<Escalation> decodeEscalation(const QByteArray& json);

/// One escalation as the central system keeps it for supervisors.
struct EscalationRecord {
  qint64 cursor = 0;
  Escalation escalation;
  QDateTime receivedAt;
};

/// A page of escalations after a cursor (`GET /review/escalations?since=`).
struct EscalationPage {
  QList<EscalationRecord> escalations;
  qint64 next = 0;
};

QJsonObject toJson(const EscalationPage& page);
Decoded<EscalationPage> decodeEscalationPage(const QByteArray& json);

}  // namespace cip::model
