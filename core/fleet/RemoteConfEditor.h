#pragma once

#include "inventory/MirrorRecord.h"
#include "remote/ConfEdit.h"
#include "ssh/RemoteFile.h"
#include "ssh/SshPool.h"

#include <QHash>
#include <QObject>

class StoredInventory;

// clam-clientsync.conf read off a mirror and an edit written back, only if
// the file is still what was read: a timestamped copy of it first, beside it
// and mode 600; then the new text, with its mode kept;
// audited with the diff (the password masked). Shell-mode mirrors only: the
// pool refuses SFTP on trigger-only ones.
class RemoteConfEditor : public QObject
{
    Q_OBJECT

public:
    RemoteConfEditor(SshPool& pool, StoredInventory& audit, QObject* parent = nullptr);

    void read(const MirrorRecord& mirror);
    // Refused (writeFailed) when the edit has problems or changes nothing.
    void write(const MirrorRecord& mirror, const RemoteFile& wasRead, const ConfEdit& edit);

    // Where the conf is; SFTP paths are relative to the login's home.
    static QString pathOf(const MirrorRecord& mirror);

signals:
    void readDone(const QString& mirror, const RemoteFile& file);
    void readFailed(const QString& mirror, const QString& why);
    void written(const QString& mirror, const RemoteFile& file, const QString& backupPath);
    void writeFailed(const QString& mirror, const QString& why);

private:
    struct Pending
    {
        enum class Step
        {
            Read,
            Backup,
            Write
        };
        Step step = Step::Read;
        MirrorRecord mirror;
        RemoteFile wasRead;
        ConfEdit edit;
        QString backupPath;
    };

    void onFinished(const SshJobResult& result);

    SshPool& m_pool;
    StoredInventory& m_audit;
    QHash<SshJobId, Pending> m_pending;
};
