#pragma once

#include <QStringList>

class CliContext;

// mirrorctl refresh, and the views of one part of what a refresh learns:
// lock, disk, firewall, audit, log. Each probes the named mirrors afresh
// (one exec round trip each) unless --cached asks for the last stored facts.
namespace FactCommands {

int refresh(CliContext& context, const QStringList& arguments);
int status(CliContext& context, const QStringList& arguments);
int lock(CliContext& context, const QStringList& arguments);
int disk(CliContext& context, const QStringList& arguments);
int firewall(CliContext& context, const QStringList& arguments);
int audit(CliContext& context, const QStringList& arguments);
int log(CliContext& context, const QStringList& arguments);
int bandwidth(CliContext& context, const QStringList& arguments);

} // namespace FactCommands
