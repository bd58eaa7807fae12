#include "secrets/CredentialsFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CredentialsFile", text);
}

} // namespace

namespace CredentialsFile {

Result<QString> read(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QString();
    if (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                              QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return fail(
            tr("%1 may be read by others than its owner: make it mode 0600 (or 0400)").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    // A password is a line; a file of megabytes is a mistake, not a secret.
    const QByteArray data = file.read(4096);
    return QString::fromUtf8(data).section(QLatin1Char('\n'), 0, 0).trimmed();
}

} // namespace CredentialsFile
