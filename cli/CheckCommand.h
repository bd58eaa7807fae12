#pragma once

#include <QStringList>

class CliContext;

// mirrorctl check: the How-to's monitoring over HTTP, every mirror (trigger-only
// ones too), verdicts judged with the stored history and stored again.
namespace CheckCommand {

int run(CliContext& context, const QStringList& arguments);

} // namespace CheckCommand
