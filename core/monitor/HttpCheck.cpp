#include "monitor/HttpCheck.h"

#include <QJsonArray>

bool HttpCheck::localTestServed() const
{
    return vhosts.value(QStringLiteral("db.test.clamav.net"), false);
}

QJsonObject HttpCheck::toJson() const
{
    QJsonObject hosts;
    for (auto it = vhosts.cbegin(); it != vhosts.cend(); ++it)
        hosts.insert(it.key(), it.value());
    QJsonObject versions;
    for (auto it = cvdVersions.cbegin(); it != cvdVersions.cend(); ++it)
        versions.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("mirror"), mirror},
                     {QStringLiteral("checkedAt"), checkedAt.toString(Qt::ISODate)},
                     {QStringLiteral("reachable"), reachable},
                     {QStringLiteral("vhosts"), hosts},
                     {QStringLiteral("cvdVersions"), versions},
                     {QStringLiteral("rangeIgnored"), rangeIgnored},
                     {QStringLiteral("redirects"), QJsonArray::fromStringList(redirects)},
                     {QStringLiteral("errors"), QJsonArray::fromStringList(errors)},
                     {QStringLiteral("limitsBroken"), QJsonArray::fromStringList(limitsBroken)},
                     {QStringLiteral("syncInProgress"), syncInProgress},
                     {QStringLiteral("latencyMs"), latencyMs}};
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (timestamp) {
        json.insert(QStringLiteral("timestamp"), timestamp->toString(Qt::ISODate));
        json.insert(QStringLiteral("timestampSource"), timestampSource);
        json.insert(QStringLiteral("timestampAgeHours"),
                    double(timestamp->secsTo(checkedAt)) / 3600.0);
    }
    return json;
}
