#include "ssh/KnownHosts.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QtEndian>

namespace KnownHosts {
namespace {

constexpr int kSha1Size = 20;

QList<QByteArray> words(QByteArrayView line)
{
    QList<QByteArray> result;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t')
            ++i;
        if (i > start)
            result.append(line.sliced(start, i - start).toByteArray());
    }
    return result;
}

} // namespace

QByteArray keyTypeOf(const QByteArray& blob)
{
    if (blob.size() < 4)
        return {};
    const quint32 length = qFromBigEndian<quint32>(blob.constData());
    if (length > quint32(blob.size() - 4))
        return {};
    return blob.mid(4, qsizetype(length));
}

bool wildcardMatch(QByteArrayView pattern, QByteArrayView text)
{
    qsizetype p = 0, t = 0, star = -1, resume = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            resume = t;
        } else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

QByteArray hostToken(const QByteArray& host, quint16 port)
{
    const QByteArray name = host.toLower();
    return port == 22 ? name : '[' + name + "]:" + QByteArray::number(port);
}

QString fingerprint(const QByteArray& keyBlob)
{
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::OmitTrailingEquals));
}

QByteArray formatLine(const QByteArray& host, quint16 port, const QByteArray& keyType,
                      const QByteArray& keyBlob)
{
    return hostToken(host, port) + ' ' + keyType + ' ' + keyBlob.toBase64() + '\n';
}

KnownHostsFile parse(QByteArrayView text)
{
    KnownHostsFile file;
    int lineNumber = 0;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        QByteArrayView line = text.sliced(start, end - start);
        start = end + 1;
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        QList<QByteArray> fields = words(line);
        if (fields.isEmpty() || fields.first().startsWith('#'))
            continue;
        auto problem = [&](const QString& reason) {
            file.problems.append({lineNumber, reason});
        };

        KnownHostEntry entry;
        entry.line = lineNumber;
        if (fields.first().startsWith('@')) {
            const QByteArray marker = fields.takeFirst();
            if (marker == "@revoked")
                entry.marker = KnownHostEntry::Marker::Revoked;
            else if (marker == "@cert-authority")
                entry.marker = KnownHostEntry::Marker::CertAuthority;
            else {
                problem(QStringLiteral("unknown marker %1").arg(QString::fromLatin1(marker)));
                continue;
            }
        }
        if (fields.size() < 3) {
            problem(QStringLiteral("expected host names, a key type and a key"));
            continue;
        }
        const QByteArray& hosts = fields.at(0);
        if (hosts.startsWith("|1|")) {
            const QList<QByteArray> parts = hosts.split('|');
            const QByteArray salt =
                parts.size() == 4 ? QByteArray::fromBase64(parts.at(2)) : QByteArray();
            const QByteArray hash =
                parts.size() == 4 ? QByteArray::fromBase64(parts.at(3)) : QByteArray();
            if (salt.size() != kSha1Size || hash.size() != kSha1Size) {
                problem(QStringLiteral("malformed hashed host name"));
                continue;
            }
            entry.hashSalt = salt;
            entry.hashValue = hash;
        } else {
            for (const QByteArray& pattern : hosts.split(',')) {
                if (!pattern.isEmpty())
                    entry.patterns.append(pattern.toLower());
            }
            if (entry.patterns.isEmpty()) {
                problem(QStringLiteral("no host name"));
                continue;
            }
        }
        entry.keyType = fields.at(1);
        const auto decoded =
            QByteArray::fromBase64Encoding(fields.at(2), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.isEmpty()) {
            problem(QStringLiteral("the key is not valid base64"));
            continue;
        }
        entry.keyBlob = decoded.decoded;
        if (keyTypeOf(entry.keyBlob) != entry.keyType) {
            problem(QStringLiteral("the key's blob does not hold a %1 key")
                        .arg(QString::fromLatin1(entry.keyType)));
            continue;
        }
        entry.comment = fields.mid(3).join(' ');
        file.entries.append(entry);
    }
    return file;
}

} // namespace KnownHosts

bool KnownHostEntry::matches(const QByteArray& host, quint16 port) const
{
    const QByteArray token = KnownHosts::hostToken(host, port);
    if (!hashSalt.isEmpty())
        return QMessageAuthenticationCode::hash(token, hashSalt, QCryptographicHash::Sha1) ==
               hashValue;
    bool matched = false;
    for (const QByteArray& pattern : patterns) {
        const bool negated = pattern.startsWith('!');
        if (KnownHosts::wildcardMatch(negated ? QByteArrayView(pattern).sliced(1) : pattern,
                                      token)) {
            if (negated)
                return false;
            matched = true;
        }
    }
    return matched;
}
