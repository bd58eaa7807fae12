#pragma once

#include <QStringList>

class CliContext;

// mirrorctl add, remove, list and export.
namespace InventoryCommands {

int add(CliContext& context, const QStringList& arguments);
int remove(CliContext& context, const QStringList& arguments);
int list(CliContext& context, const QStringList& arguments);
int exportMirrors(CliContext& context, const QStringList& arguments);

} // namespace InventoryCommands
