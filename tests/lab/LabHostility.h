#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

class LabMirror;

// Faults that make a lab mirror misbehave on purpose, as a broken or
// compromised server might: the console must bound what it costs and name it.
// Web faults (slow loris) live with the other vhost faults in MirrorLab.
namespace LabHostility {

QStringList faultNames();
// False with *error set when the fault failed; *known false when name is not
// one of faultNames().
bool apply(LabMirror& mirror, const QString& name, bool* known, QString* error);

// rsync starts only after seconds, silent meanwhile: a sync that outlasts
// any one command's timeout.
bool slowSync(LabMirror& mirror, double seconds, QString* error);

// The crafted inputs, also for parser tests: about `bytes` long each.
QByteArray craftedNftJson(qsizetype bytes);
QByteArray craftedIptablesSave(qsizetype bytes);

} // namespace LabHostility
