#pragma once

#include <QStringList>

class CliContext;

// mirrorctl import-email and import-lab: all or nothing unless told otherwise.
namespace ImportCommands {

int importEmail(CliContext& context, const QStringList& arguments);
int importLab(CliContext& context, const QStringList& arguments);

} // namespace ImportCommands
