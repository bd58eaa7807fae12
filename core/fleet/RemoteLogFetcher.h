#pragma once

#include "inventory/MirrorRecord.h"
#include "ssh/SshPool.h"

#include <QHash>
#include <QObject>

// A mirror's sync logs copied whole to the console's disk for the log
// browser: the rotated ones savelog keeps (rsync.log.N.gz, oldest first, then
// rsync.log.0) and a running sync's rsync.log, each under a heading stamped
// with its mtime. Streamed to the file, so they may be far larger than
// anything kept in the inventory. Shell-mode mirrors only (the pool refuses
// commands on trigger-only ones).
class RemoteLogFetcher : public QObject
{
    Q_OBJECT

public:
    // Copies land under directory, one folder a mirror.
    // maxBytes: the most one fetch may copy (stdout and stderr together).
    RemoteLogFetcher(SshPool& pool, QString directory, qint64 maxBytes, QObject* parent = nullptr);

    void fetch(const MirrorRecord& mirror);

    // The command that prints them, run on the mirror.
    static QString scriptFor(const MirrorRecord& mirror);

signals:
    void fetched(const QString& mirror, const QString& localPath, qint64 bytes);
    void fetchFailed(const QString& mirror, const QString& why);

private:
    void onFinished(const SshJobResult& result);

    SshPool& m_pool;
    QString m_directory;
    qint64 m_maxBytes;
    QHash<SshJobId, QString> m_pending; // local path by job
};
