#pragma once

#include <QStringList>

class CliContext;

// mirrorctl's monitoring over HTTP, for every mirror (trigger-only ones too):
// check judges and stores verdicts; verdicts, export-dns and export-html
// publish the stored ones without connecting.
namespace MonitorCommands {

int check(CliContext& context, const QStringList& arguments);
int verdicts(CliContext& context, const QStringList& arguments);
int exportDns(CliContext& context, const QStringList& arguments);
int exportHtml(CliContext& context, const QStringList& arguments);

} // namespace MonitorCommands
