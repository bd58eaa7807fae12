#pragma once

#include "parsers/CurrentVersions.h"
#include "util/Result.h"

#include <QHostAddress>
#include <QObject>

// The current database versions from the TXT record of
// current.cvd.clamav.net, as freshclam reads them.
class CurrentVersionsLookup : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // nameserver: ask this server (port 53) instead of the system's.
    void lookup(const QHostAddress& nameserver = {});

signals:
    void finished(const Result<CurrentVersions>& versions);
};
