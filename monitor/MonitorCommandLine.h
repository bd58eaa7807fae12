#pragma once

#include "util/Result.h"

#include <QHostAddress>
#include <QStringList>

// What mirror-monitor is told on its command line and by systemd
// (STATE_DIRECTORY, CREDENTIALS_DIRECTORY).
struct MonitorCommandLine
{
    bool foreground = false;
    QString stateDirectory;
    QString credentialsFile; // the SMTP password; may not exist
    QString dnsKeyFile;      // the TSIG key; may not exist
    QHostAddress nameserver;

    static Result<MonitorCommandLine> parse(const QStringList& arguments);
};
