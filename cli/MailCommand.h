#pragma once

#include <QStringList>

class CliContext;

// mirrorctl mail pending|send ID...|drop ID...|test ADDRESS: the mails the
// monitor owes, as an operator in team-first mode sees them, sent or dropped
// by hand (audited); a test mail through the mail settings.
namespace MailCommand {

int run(CliContext& context, const QStringList& arguments);

} // namespace MailCommand
