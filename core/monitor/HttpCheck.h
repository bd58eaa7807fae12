#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// What a mirror serves over HTTP, as freshclam and the monitoring see it.
struct HttpCheck
{
    QString mirror;
    QDateTime checkedAt;
    bool reachable = false;
    QString error;                      // why not reachable
    std::optional<QDateTime> timestamp; // when the team last uploaded `timestamp`
    QString timestampSource;            // "Last-Modified" or "content"
    QMap<QString, bool> vhosts;         // Host header -> local_test answered "Success"
    QMap<QString, int> cvdVersions;     // main, daily, bytecode -> version in the served header
    bool rangeIgnored = false;          // answered 200 with the whole file to a Range request
    QStringList redirects;              // freshclam cannot follow them: each one is a failure
    QStringList errors;                 // other HTTP errors, per URL
    QStringList limitsBroken;           // what the mirror sent past a limit: it misbehaves
    bool syncInProgress = false;        // the lock file is served
    qint64 latencyMs = -1;

    bool localTestServed() const;
    // How old the timestamp was when checked; none when none was served.
    std::optional<double> timestampAgeHours() const;
    // The daily.cvd version served, if its header was read.
    std::optional<int> daily() const;
    // The stored form; fromJson reads back what toJson wrote.
    QJsonObject toJson() const;
    static HttpCheck fromJson(const QJsonObject& json);
};
