#pragma once

#include <QStringList>

class CliContext;

// mirrorctl exec MIRROR -- CMD: one command on a shell-mode mirror.
namespace ExecCommand {

int run(CliContext& context, const QStringList& arguments);

} // namespace ExecCommand
