#include "LabDatabase.h"

#include "LabFiles.h"
#include "LabProcess.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QTemporaryDir>

namespace {

constexpr int kFunctionalityLevel = 90;
constexpr int kKeptCdiffs = 4;
constexpr int kCvdHeaderSize = 512;

QString path(const QString& dir, const QString& name)
{
    return dir + QLatin1Char('/') + name;
}

} // namespace

QString DatabaseVersions::txtRecord() const
{
    return QStringLiteral("1.4.6:%1:%2:%3:1:%4:0:%5")
        .arg(main)
        .arg(daily)
        .arg(publishedAt.toSecsSinceEpoch())
        .arg(kFunctionalityLevel)
        .arg(bytecode);
}

QByteArray LabDatabase::cvdHeader(const QDateTime& built, int version, int signatures,
                                  const QByteArray& md5Hex, const QByteArray& digitalSignature)
{
    // The build time is text with '-' standing in for ':', the separator.
    const QString buildTime =
        QLocale::c().toString(built.toUTC(), QStringLiteral("dd MMM yyyy HH-mm")) +
        QStringLiteral(" +0000");
    QByteArray header = "ClamAV-VDB:" + buildTime.toLatin1() + ':' + QByteArray::number(version) +
                        ':' + QByteArray::number(signatures) + ':' +
                        QByteArray::number(kFunctionalityLevel) + ':' + md5Hex + ':' +
                        digitalSignature +
                        ":mirror-lab:" + QByteArray::number(built.toSecsSinceEpoch());
    header.resize(kCvdHeaderSize, ' ');
    return header;
}

bool LabDatabase::create(QString* error)
{
    m_versions.publishedAt = QDateTime::currentDateTimeUtc();
    if (!LabFiles::makeDirectory(m_dir, 0755, error) ||
        !writeCvd(QStringLiteral("main"), m_versions.main, 6'500'000, error) ||
        !writeCvd(QStringLiteral("bytecode"), m_versions.bytecode, 94, error) ||
        !writeCvd(QStringLiteral("daily"), m_versions.daily, 2'040'000, error))
        return false;
    for (int v = m_versions.daily - kKeptCdiffs + 1; v <= m_versions.daily; ++v) {
        if (!writeCdiff(v, error))
            return false;
    }
    return touchTimestamp(error);
}

bool LabDatabase::publishDaily(QString* error)
{
    ++m_versions.daily;
    // rsync's quick check compares size and mtime: a new version published in
    // the same second as the last, with the same size, would not be copied.
    m_versions.publishedAt =
        std::max(QDateTime::currentDateTimeUtc(), m_versions.publishedAt.addSecs(1));
    QFile::remove(
        path(m_dir, QStringLiteral("daily-%1.cdiff").arg(m_versions.daily - kKeptCdiffs)));
    return writeCvd(QStringLiteral("daily"), m_versions.daily, 2'040'000 + m_versions.daily % 1000,
                    error) &&
           writeCdiff(m_versions.daily, error) && touchTimestamp(error);
}

bool LabDatabase::touchTimestamp(QString* error)
{
    const QByteArray now = QByteArray::number(QDateTime::currentSecsSinceEpoch()) + '\n';
    return LabFiles::write(path(m_dir, QStringLiteral("timestamp")), now, 0644, error);
}

bool LabDatabase::writeCvd(const QString& name, int version, int signatures, QString* error)
{
    const QByteArray info =
        QStringLiteral("%1:%2:%3\n").arg(name).arg(version).arg(signatures).toLatin1();
    QByteArray body;
    if (!packTarGz(name + QStringLiteral(".info"), info, &body, error))
        return false;
    const QByteArray md5 = QCryptographicHash::hash(body, QCryptographicHash::Md5).toHex();
    const QByteArray signature = QCryptographicHash::hash(body, QCryptographicHash::Sha512)
                                     .toBase64(QByteArray::OmitTrailingEquals)
                                     .left(86);
    const QByteArray header =
        cvdHeader(m_versions.publishedAt, version, signatures, md5, signature);
    const QString file = path(m_dir, name + QStringLiteral(".cvd"));
    return LabFiles::write(file, header + body, 0644, error) &&
           LabFiles::setModificationTime(file, m_versions.publishedAt, error);
}

bool LabDatabase::writeCdiff(int version, QString* error)
{
    const QByteArray script =
        QStringLiteral("OPEN daily.ldb\nADD daily.ldb Lab.Sig-%1-0;Target:0;0;616263\nCLOSE\n")
            .arg(version)
            .toLatin1();
    QTemporaryDir work;
    const QString plain = path(work.path(), QStringLiteral("cdiff"));
    QByteArray gz;
    if (!LabFiles::write(plain, script, 0644, error))
        return false;
    if (LabProcess::run(QStringLiteral("gzip"), {QStringLiteral("-n"), QStringLiteral("-c"), plain},
                        &gz) != 0) {
        *error = QStringLiteral("gzip failed for daily-%1.cdiff").arg(version);
        return false;
    }
    return LabFiles::write(path(m_dir, QStringLiteral("daily-%1.cdiff").arg(version)), gz, 0644,
                           error);
}

bool LabDatabase::packTarGz(const QString& name, const QByteArray& content, QByteArray* out,
                            QString* error)
{
    QTemporaryDir work;
    if (!LabFiles::write(path(work.path(), name), content, 0644, error))
        return false;
    if (LabProcess::run(QStringLiteral("tar"),
                        {QStringLiteral("--create"), QStringLiteral("--gzip"),
                         QStringLiteral("--file=-"), QStringLiteral("--owner=0"),
                         QStringLiteral("--group=0"), QStringLiteral("--numeric-owner"),
                         QStringLiteral("--directory=") + work.path(), name},
                        out) != 0) {
        *error = QStringLiteral("tar failed while packing %1").arg(name);
        return false;
    }
    return true;
}
