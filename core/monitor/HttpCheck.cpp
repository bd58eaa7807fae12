#include "monitor/HttpCheck.h"

#include <QJsonArray>

bool HttpCheck::localTestServed() const
{
    return vhosts.value(QStringLiteral("db.test.clamav.net"), false);
}

std::optional<double> HttpCheck::timestampAgeHours() const
{
    if (!timestamp)
        return std::nullopt;
    return double(timestamp->secsTo(checkedAt)) / 3600.0;
}

std::optional<int> HttpCheck::daily() const
{
    const auto it = cvdVersions.constFind(QStringLiteral("daily"));
    return it == cvdVersions.cend() ? std::nullopt : std::optional<int>(*it);
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
        json.insert(QStringLiteral("timestampAgeHours"), *timestampAgeHours());
    }
    return json;
}

namespace {

QStringList stringsFrom(const QJsonValue& value)
{
    QStringList strings;
    for (const QJsonValue& v : value.toArray())
        strings << v.toString();
    return strings;
}

} // namespace

HttpCheck HttpCheck::fromJson(const QJsonObject& json)
{
    HttpCheck check;
    check.mirror = json.value(QStringLiteral("mirror")).toString();
    check.checkedAt =
        QDateTime::fromString(json.value(QStringLiteral("checkedAt")).toString(), Qt::ISODate);
    check.reachable = json.value(QStringLiteral("reachable")).toBool();
    check.error = json.value(QStringLiteral("error")).toString();
    if (const QJsonValue at = json.value(QStringLiteral("timestamp")); at.isString()) {
        check.timestamp = QDateTime::fromString(at.toString(), Qt::ISODate);
        check.timestampSource = json.value(QStringLiteral("timestampSource")).toString();
    }
    const QJsonObject hosts = json.value(QStringLiteral("vhosts")).toObject();
    for (auto it = hosts.constBegin(); it != hosts.constEnd(); ++it)
        check.vhosts.insert(it.key(), it.value().toBool());
    const QJsonObject versions = json.value(QStringLiteral("cvdVersions")).toObject();
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
        check.cvdVersions.insert(it.key(), it.value().toInt());
    check.rangeIgnored = json.value(QStringLiteral("rangeIgnored")).toBool();
    check.redirects = stringsFrom(json.value(QStringLiteral("redirects")));
    check.errors = stringsFrom(json.value(QStringLiteral("errors")));
    check.limitsBroken = stringsFrom(json.value(QStringLiteral("limitsBroken")));
    check.syncInProgress = json.value(QStringLiteral("syncInProgress")).toBool();
    check.latencyMs = json.value(QStringLiteral("latencyMs")).toInteger(-1);
    return check;
}
