#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// mirrorctl run as a script would run it: against one inventory, with a home
// of its own (away from the user's ~/.ssh and ssh-agent), input on stdin.
struct MirrorctlRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

MirrorctlRun runMirrorctl(const QString& program, const QString& home, const QString& db,
                          const QStringList& args, const QByteArray& input = {});
