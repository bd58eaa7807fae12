#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>

// What the known_hosts files say of the key a host presented.
struct HostKeyVerdict
{
    enum class Status
    {
        Known,
        Unknown,
        Changed,
        Revoked
    };

    Status status = Status::Unknown;
    QString presentedFingerprint;
    QByteArray keyType;
    QByteArray keyBlob;
    QStringList recordedFingerprints; // for Changed: the keys on record
    QString recordedIn;               // the file that decided
    bool otherKeyTypesKnown = false;  // Unknown, though keys of other types are on record

    // The message for the operator, naming the mirror and what to do.
    QString explain(const QString& mirror, const QString& endpoint) const;
};

// Host keys in OpenSSH known_hosts format: the console's own file (read and
// written) first, then read-only ones such as ~/.ssh/known_hosts. Shared by
// every session; thread-safe.
class HostKeyStore
{
public:
    HostKeyStore(QString consoleFile, QStringList readOnlyFiles);

    HostKeyVerdict verify(const QByteArray& host, quint16 port, const QByteArray& keyType,
                          const QByteArray& keyBlob) const;

    // Records the key in the console's file. replacing drops the host's
    // earlier keys from it: that is how a changed key is accepted.
    Result<Done> accept(const QByteArray& host, quint16 port, const QByteArray& keyType,
                        const QByteArray& keyBlob, bool replacing);

    // Trusts the key until this store is gone, writing nothing: "accept once".
    void trustForSession(const QByteArray& host, quint16 port, const QByteArray& keyType,
                         const QByteArray& keyBlob);

    QString consoleFile() const { return m_consoleFile; }

private:
    QString m_consoleFile;
    QStringList m_readOnlyFiles;
    QSet<QByteArray> m_sessionKeys; // "host port type blob"
    mutable QMutex m_mutex;
};
