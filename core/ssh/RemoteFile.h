#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDateTime>
#include <QString>

// A file as read from a mirror, with what is needed to write it back safely.
struct RemoteFile
{
    QString path;
    QByteArray content;
    quint32 mode = 0; // permission bits, e.g. 0600
    QDateTime modified;
    QByteArray sha256; // of content: the precondition for writing it back

    static QByteArray hashOf(const QByteArray& content)
    {
        return QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    }
};
