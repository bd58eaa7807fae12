#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

// One line of an OpenSSH known_hosts file.
struct KnownHostEntry
{
    enum class Marker
    {
        None,
        Revoked,
        CertAuthority
    };

    int line = 0;
    Marker marker = Marker::None;
    QList<QByteArray> patterns; // plain, [host]:port, wildcards, !negated
    QByteArray hashSalt;        // |1|salt|hash form: HMAC-SHA1 of the name
    QByteArray hashValue;
    QByteArray keyType; // ssh-ed25519, ecdsa-sha2-nistp256, ...
    QByteArray keyBlob; // decoded base64
    QByteArray comment;

    // host as OpenSSH names it in known_hosts: "host", or "[host]:port"
    // when the port is not 22.
    bool matches(const QByteArray& host, quint16 port) const;
};

struct KnownHostsProblem
{
    int line = 0;
    QString reason;
};

struct KnownHostsFile
{
    QList<KnownHostEntry> entries;
    QList<KnownHostsProblem> problems; // lines skipped, with why
};

namespace KnownHosts {

// Pure: bytes of a known_hosts file in, entries and per-line problems out.
KnownHostsFile parse(QByteArrayView text);

QByteArray hostToken(const QByteArray& host, quint16 port);

// OpenSSH's fingerprint: "SHA256:" and the unpadded base64 of the blob's hash.
QString fingerprint(const QByteArray& keyBlob);

// A line to append for a newly accepted key.
QByteArray formatLine(const QByteArray& host, quint16 port, const QByteArray& keyType,
                      const QByteArray& keyBlob);

bool wildcardMatch(QByteArrayView pattern, QByteArrayView text);

// The key type an SSH key blob names in its first field.
QByteArray keyTypeOf(const QByteArray& blob);

} // namespace KnownHosts
