#pragma once

#include "parsers/DiskUsage.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

struct ProbeOutput;

// One file of the database in DocumentRoot, as stat saw it.
struct DatabaseFile
{
    QString name; // daily.cvd, 27431.cdiff, timestamp, ...
    qint64 bytes = 0;
    QDateTime modified;
};

// What a disk trend needs of one refresh, stored as a "disk" history entry:
// used and free KiB on both filesystems (none where df did not answer), the
// database's bytes.
struct DiskTrendPoint
{
    QDateTime at;
    qint64 databaseBytes = 0;
    std::optional<qint64> documentRootUsed;
    std::optional<qint64> documentRootAvailable;
    std::optional<qint64> homeUsed;
    std::optional<qint64> homeAvailable;

    // at is the entry's time, not a field.
    QJsonObject toJson() const;
    static DiskTrendPoint fromJson(const QJsonObject& json, const QDateTime& at);
};

// Space where the database lives and where the account lives.
struct DiskFacts
{
    static constexpr qint64 kRequiredWebSpaceBytes = 200LL * 1000 * 1000; // the How-to's 200 MB

    std::optional<DiskUsage> documentRoot; // the filesystem holding TO
    std::optional<DiskUsage> home;
    std::optional<DiskUsage> documentRootInodes;
    qint64 databaseBytes = 0; // .cvd, .cdiff and timestamp in TO
    int databaseFiles = 0;
    QList<DatabaseFile> files; // newest first
    QStringList warnings;

    DiskTrendPoint trendPoint(const QDateTime& at) const;
};

namespace DiskFactsReader {

// freeFloorBytes: warn when less than this is free on either filesystem.
DiskFacts read(const ProbeOutput& probe, qint64 freeFloorBytes);

} // namespace DiskFactsReader
