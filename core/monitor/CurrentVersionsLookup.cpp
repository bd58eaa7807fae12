#include "monitor/CurrentVersionsLookup.h"

#include <QDnsLookup>

void CurrentVersionsLookup::lookup(const QHostAddress& nameserver)
{
    auto* dns = new QDnsLookup(QDnsLookup::TXT, QStringLiteral("current.cvd.clamav.net"), this);
    if (!nameserver.isNull())
        dns->setNameserver(nameserver);
    connect(dns, &QDnsLookup::finished, this, [this, dns] {
        dns->deleteLater();
        if (dns->error() != QDnsLookup::NoError) {
            emit finished(fail(tr("current.cvd.clamav.net: %1").arg(dns->errorString())));
            return;
        }
        const auto records = dns->textRecords();
        if (records.isEmpty() || records.first().values().isEmpty()) {
            emit finished(fail(tr("current.cvd.clamav.net has no TXT record")));
            return;
        }
        const auto parsed = CurrentVersionsParser::parse(records.first().values().join());
        emit finished(parsed ? Result<CurrentVersions>(parsed.value())
                             : Result<CurrentVersions>(fail(
                                   tr("current.cvd.clamav.net: %1").arg(parsed.error().reason))));
    });
    dns->lookup();
}
