#pragma once

#include <QStringList>

class CliContext;

// mirrorctl mail pending|send ID...|drop ID...|test ADDRESS|keep-password:
// the mails the monitor owes, as an operator in team-first mode sees them,
// sent or dropped by hand (audited); a test mail through the mail settings;
// the SMTP password kept in the keychain for the console and mirrorctl.
namespace MailCommand {

int run(CliContext& context, const QStringList& arguments);

} // namespace MailCommand
