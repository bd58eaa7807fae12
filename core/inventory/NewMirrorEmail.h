#pragma once

#include "inventory/MirrorRecord.h"
#include "parsers/ParseProblem.h"

#include <QByteArrayView>
#include <QList>

// The mirror How-to's e-mail for a new mirror, one or several pasted together:
//
//    * clamav.foo.com
//    * ip address: 1.2.3.4
//    * country: Poland
//    * admin: John Doe <john.doe@foo.com> || <alerts@foo.com>
//
// Quoting ("> ") and blank or prose lines between the items are fine.
struct NewMirrorEmail
{
    QList<MirrorRecord> mirrors; // only complete, valid ones
    ParseProblems problems;
};

// How the console reaches the mirrors of an e-mail, which does not say: the
// operator's choice. Trigger-only unless told otherwise, since a shell is
// never implied and any command sent over the key without one starts a sync.
struct NewMirrorAccess
{
    AccessMode mode = AccessMode::TriggerOnly;
    quint16 sshPort = 22;
};

namespace NewMirrorEmailParser {

NewMirrorEmail parse(QByteArrayView text, NewMirrorAccess access = {});

// The admin field: "John Doe <john@foo.com> || <alerts@foo.com>" and simpler forms.
bool parseAdmin(const QString& text, MirrorRecord* record, QString* why);

} // namespace NewMirrorEmailParser
