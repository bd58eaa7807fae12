#pragma once

#include <QStringList>

class CliContext;

// mirrorctl settings [KEY [VALUE]]: list, read or change a setting.
namespace SettingsCommand {

int run(CliContext& context, const QStringList& arguments);

} // namespace SettingsCommand
