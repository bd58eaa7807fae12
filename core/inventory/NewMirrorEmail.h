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

namespace NewMirrorEmailParser {

NewMirrorEmail parse(QByteArrayView text);

// The admin field: "John Doe <john@foo.com> || <alerts@foo.com>" and simpler forms.
bool parseAdmin(const QString& text, MirrorRecord* record, QString* why);

} // namespace NewMirrorEmailParser
