#include "LabFiles.h"

#include <QDirIterator>
#include <QFile>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

namespace LabFiles {
namespace {

bool fail(QString* error, const QString& what, const QString& path)
{
    *error = QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(strerror(errno)));
    return false;
}

} // namespace

bool write(const QString& path, const QByteArray& content, int mode, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() ||
        !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return setMode(path, mode, error);
}

bool makeDirectory(const QString& path, int mode, QString* error)
{
    const QByteArray native = QFile::encodeName(path);
    if (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST)
        return fail(error, QStringLiteral("cannot create"), path);
    return setMode(path, mode, error);
}

bool setMode(const QString& path, int mode, QString* error)
{
    if (::chmod(QFile::encodeName(path).constData(), mode_t(mode)) != 0)
        return fail(error, QStringLiteral("cannot chmod"), path);
    return true;
}

bool setModificationTime(const QString& path, const QDateTime& when, QString* error)
{
    const qint64 ms = when.toMSecsSinceEpoch();
    timeval times[2];
    times[0] = times[1] = timeval{time_t(ms / 1000), suseconds_t((ms % 1000) * 1000)};
    if (::lutimes(QFile::encodeName(path).constData(), times) != 0)
        return fail(error, QStringLiteral("cannot set the time of"), path);
    return true;
}

bool changeOwner(const QString& path, uid_t uid, gid_t gid, bool recursive, QString* error)
{
    if (::lchown(QFile::encodeName(path).constData(), uid, gid) != 0)
        return fail(error, QStringLiteral("cannot chown"), path);
    if (!recursive)
        return true;
    QDirIterator it(path, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString entry = it.next();
        if (::lchown(QFile::encodeName(entry).constData(), uid, gid) != 0)
            return fail(error, QStringLiteral("cannot chown"), entry);
    }
    return true;
}

} // namespace LabFiles
