#include "ssh/HostKeyStore.h"

#include "ssh/KnownHosts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<KnownHostEntry> entriesFor(const QString& path, const QByteArray& host, quint16 port)
{
    QList<KnownHostEntry> found;
    const KnownHostsFile file = KnownHosts::parse(readFile(path));
    for (const KnownHostEntry& entry : file.entries) {
        if (entry.marker != KnownHostEntry::Marker::CertAuthority && entry.matches(host, port))
            found.append(entry);
    }
    return found;
}

} // namespace

QString HostKeyVerdict::explain(const QString& mirror, const QString& endpoint) const
{
    switch (status) {
    case Status::Known:
        return QCoreApplication::translate("HostKeyVerdict",
                                           "%1 (%2) presented its known host key %3.")
            .arg(mirror, endpoint, presentedFingerprint);
    case Status::Unknown:
        return QCoreApplication::translate(
                   "HostKeyVerdict",
                   "%1 (%2) presented a host key the console does not know yet: %3 (%4). Check "
                   "it with the mirror's admin, then accept it.")
            .arg(mirror, endpoint, presentedFingerprint, QString::fromLatin1(keyType));
    case Status::Changed:
        return QCoreApplication::translate(
                   "HostKeyVerdict",
                   "The host key of %1 (%2) has CHANGED: it now presents %3, but %4 is on record "
                   "in %5. Someone may be intercepting the connection, or the mirror was "
                   "reinstalled. The connection was refused. Confirm the new key with the "
                   "mirror's admin (changes are announced on the mirrors list); only then accept "
                   "it, which is recorded in the audit trail.")
            .arg(mirror, endpoint, presentedFingerprint,
                 recordedFingerprints.join(QStringLiteral(", ")), recordedIn);
    case Status::Revoked:
        return QCoreApplication::translate(
                   "HostKeyVerdict", "%1 (%2) presented the revoked host key %3 (marked in %4). "
                                     "The connection was refused.")
            .arg(mirror, endpoint, presentedFingerprint, recordedIn);
    }
    return {};
}

HostKeyStore::HostKeyStore(QString consoleFile, QStringList readOnlyFiles)
    : m_consoleFile(std::move(consoleFile)), m_readOnlyFiles(std::move(readOnlyFiles))
{}

namespace {

QByteArray sessionKey(const QByteArray& host, quint16 port, const QByteArray& keyType,
                      const QByteArray& keyBlob)
{
    return host + ' ' + QByteArray::number(port) + ' ' + keyType + ' ' + keyBlob.toBase64();
}

} // namespace

void HostKeyStore::trustForSession(const QByteArray& host, quint16 port, const QByteArray& keyType,
                                   const QByteArray& keyBlob)
{
    QMutexLocker lock(&m_mutex);
    m_sessionKeys.insert(sessionKey(host, port, keyType, keyBlob));
}

HostKeyVerdict HostKeyStore::verify(const QByteArray& host, quint16 port, const QByteArray& keyType,
                                    const QByteArray& keyBlob) const
{
    QMutexLocker lock(&m_mutex);
    HostKeyVerdict verdict;
    verdict.keyType = keyType;
    verdict.keyBlob = keyBlob;
    verdict.presentedFingerprint = KnownHosts::fingerprint(keyBlob);
    if (m_sessionKeys.contains(sessionKey(host, port, keyType, keyBlob))) {
        verdict.status = HostKeyVerdict::Status::Known;
        verdict.recordedIn = QStringLiteral("(accepted for this session)");
        return verdict;
    }

    const QStringList files = QStringList{m_consoleFile} + m_readOnlyFiles;
    QList<KnownHostEntry> deciding;
    for (const QString& path : files) {
        const QList<KnownHostEntry> entries = entriesFor(path, host, port);
        for (const KnownHostEntry& entry : entries) {
            if (entry.marker == KnownHostEntry::Marker::Revoked && entry.keyBlob == keyBlob) {
                verdict.status = HostKeyVerdict::Status::Revoked;
                verdict.recordedIn = path;
                return verdict;
            }
        }
        // The first file that knows the host decides: the console's own file
        // overrides ~/.ssh/known_hosts once a new key was accepted here.
        if (deciding.isEmpty() && !entries.isEmpty()) {
            deciding = entries;
            verdict.recordedIn = path;
        }
    }
    for (const KnownHostEntry& entry : std::as_const(deciding)) {
        if (entry.marker != KnownHostEntry::Marker::None)
            continue;
        if (entry.keyType == keyType && entry.keyBlob == keyBlob) {
            verdict.status = HostKeyVerdict::Status::Known;
            return verdict;
        }
        if (entry.keyType == keyType)
            verdict.recordedFingerprints.append(KnownHosts::fingerprint(entry.keyBlob));
        else
            verdict.otherKeyTypesKnown = true;
    }
    verdict.status = verdict.recordedFingerprints.isEmpty() ? HostKeyVerdict::Status::Unknown
                                                            : HostKeyVerdict::Status::Changed;
    return verdict;
}

Result<Done> HostKeyStore::accept(const QByteArray& host, quint16 port, const QByteArray& keyType,
                                  const QByteArray& keyBlob, bool replacing)
{
    QMutexLocker lock(&m_mutex);
    const QByteArray old = readFile(m_consoleFile);
    QByteArray kept;
    if (replacing) {
        const KnownHostsFile parsed = KnownHosts::parse(old);
        QSet<int> dropped;
        for (const KnownHostEntry& entry : parsed.entries) {
            if (entry.marker == KnownHostEntry::Marker::None && entry.matches(host, port))
                dropped.insert(entry.line);
        }
        const QList<QByteArray> lines = old.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (!dropped.contains(i + 1) && !(i == lines.size() - 1 && lines.at(i).isEmpty()))
                kept += lines.at(i) + '\n';
        }
    } else {
        kept = old;
        if (!kept.isEmpty() && !kept.endsWith('\n'))
            kept += '\n';
    }
    kept += KnownHosts::formatLine(host, port, keyType, keyBlob);

    QDir().mkpath(QFileInfo(m_consoleFile).absolutePath());
    QSaveFile file(m_consoleFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(kept) != kept.size() ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !file.commit())
        return fail(QCoreApplication::translate("HostKeyStore", "cannot write %1: %2")
                        .arg(m_consoleFile, file.errorString()));
    return Done{};
}
