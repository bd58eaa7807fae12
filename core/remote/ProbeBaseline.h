#pragma once

#include "parsers/DiskUsage.h"
#include "remote/ProbeOutput.h"

#include <optional>

// What a light probe takes from the last full probe of the same mirror: the
// sections that change rarely, and what the script needs to tell whether
// they did: the signature of their sources, DocumentRoot, the hostname.
struct ProbeBaseline
{
    // Larger cached sections are not kept: every probe of that mirror is full.
    static constexpr qsizetype kLargestBytes = 256 * 1024;

    QByteArray signature; // the static section; empty: none, the probe is full
    QString documentRoot;
    QString hostname;
    QList<ProbeSection> sections; // the cached ones
    // df's rows of DocumentRoot and home: a light probe's statfs figures are
    // written as df would print them, beside these filesystems.
    QList<DiskUsage> blocks;
    QList<DiskUsage> inodes;
    // The last disk reading, df's and df -i's sections: what a light probe
    // that leaves the disk out carries on.
    QList<ProbeSection> disk;

    // Free space changes with any write, but a reading a refresh old serves
    // unless the 200 MB alarm is near: then every light probe reads it.
    static constexpr qint64 kCloseToFullKiB = 1024 * 1024;

    // The sections a light probe leaves out.
    static QStringList cachedSections();
    // None when the probe cannot serve: incomplete, light itself, without a
    // DocumentRoot, or too large to keep.
    static std::optional<ProbeBaseline> of(const ProbeOutput& full);
    // The script found the sources unchanged and printed only what changes.
    static bool isLight(const ProbeOutput& probe);
    // A light probe's output with the cached sections and df's own lines:
    // what a full probe would have printed.
    ProbeOutput complete(const ProbeOutput& light) const;
    // Whether the n-th light probe after the full one (from 0) reads the
    // disk: every other one, or every one when the last reading was close
    // to full or unreadable.
    bool readsDiskAt(int lightProbe) const;
    // This baseline with the disk reading of a completed light probe.
    ProbeBaseline withDiskOf(const ProbeOutput& completed) const;
};
