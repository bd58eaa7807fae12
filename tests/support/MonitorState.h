#pragma once

#include "inventory/MirrorRecord.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>

class LabSmtp;

// A monitoring service's state directory made over a running lab, as an
// operator would set one up: the lab's mirrors in its inventory (each
// adjusted first, to give it addresses), its settings written through the
// settings' own checks.
namespace MonitorState {

using Settings = QList<std::pair<QString, QString>>;

// The nameserver the lab answers current.cvd.clamav.net on.
Result<QHostAddress> make(const QString& labDirectory, const QString& state,
                          const std::function<void(MirrorRecord&)>& adjust,
                          const Settings& settings);

// An admin for the mirror, Kim at admin@<mirror>, alerts to alerts@<mirror>.
void withAdmins(MirrorRecord& mirror);

// The mail settings that reach the lab's mail server, with a team address.
Settings mailTo(const LabSmtp& smtp);

} // namespace MonitorState
