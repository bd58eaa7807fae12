#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <sys/types.h>

// File chores of building a lab: write with a mode, age, hand over to the
// mirror's account.
namespace LabFiles {

bool write(const QString& path, const QByteArray& content, int mode, QString* error);
bool makeDirectory(const QString& path, int mode, QString* error);
bool setModificationTime(const QString& path, const QDateTime& when, QString* error);
bool changeOwner(const QString& path, uid_t uid, gid_t gid, bool recursive, QString* error);
bool setMode(const QString& path, int mode, QString* error);

} // namespace LabFiles
