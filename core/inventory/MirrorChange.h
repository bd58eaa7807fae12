#pragma once

#include "inventory/MirrorRecord.h"

#include <QList>
#include <QString>

// What an edit or a re-import changes in a mirror's record, field by field
// (fields named as in the JSON export), and which of those changes weaken
// safety: where the console connects, as whom, with which key, what it may do
// there. Such a change is never implied by a field left out; it is named,
// and trigger-only to shell needs an explicit yes.
struct FieldChange
{
    QString field;
    QString before;
    QString after;
};

namespace MirrorChange {

QList<FieldChange> between(const MirrorRecord& before, const MirrorRecord& after);
// Access mode, address, SSH port, user, key file, expected host key, push master.
bool mattersToSafety(const FieldChange& change);
// Trigger-only to shell: the console would then open exec channels there.
bool opensAShell(const MirrorRecord& before, const MirrorRecord& after);
// "accessMode: trigger-only -> shell; address: 192.0.2.1 -> 192.0.2.9; notes".
// Values are given for the fields that matter to safety, names for the rest.
QString describe(const QList<FieldChange>& changes);

} // namespace MirrorChange
