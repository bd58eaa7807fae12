#pragma once

#include <QDateTime>
#include <QString>

// The versions the lab's upstream currently publishes.
struct DatabaseVersions
{
    int main = 62;
    int daily = 27000;
    int bytecode = 335;
    QDateTime publishedAt;

    // The TXT record of current.cvd.clamav.net, as freshclam reads it.
    QString txtRecord() const;
};

// A synthetic ClamAV database in the upstream rsync module: CVD files with
// valid 512-byte headers over a gzip'd tar, daily-N.cdiff patches and the
// monitoring `timestamp`.
class LabDatabase
{
public:
    explicit LabDatabase(QString moduleDir) : m_dir(std::move(moduleDir)) {}

    bool create(QString* error);
    bool publishDaily(QString* error);
    bool touchTimestamp(QString* error);

    const DatabaseVersions& versions() const { return m_versions; }
    QString directory() const { return m_dir; }

    static QByteArray cvdHeader(const QDateTime& built, int version, int signatures,
                                const QByteArray& md5Hex, const QByteArray& digitalSignature);

private:
    bool writeCvd(const QString& name, int version, int signatures, QString* error);
    bool writeCdiff(int version, QString* error);
    bool packTarGz(const QString& name, const QByteArray& content, QByteArray* out, QString* error);

    QString m_dir;
    DatabaseVersions m_versions;
};
