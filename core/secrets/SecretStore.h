#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

// Key passphrases and rsync passwords, kept only in the operating system's
// keychain (Secret Service, macOS Keychain, Windows Credential Store): never
// in the inventory, the settings or a log. Asynchronous; each callback runs
// on this object's thread.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QString service = QStringLiteral("mirror-console"),
                         QObject* parent = nullptr);

    void write(const QString& key, const QByteArray& secret,
               std::function<void(Result<Done>)> done);
    void read(const QString& key, std::function<void(Result<QByteArray>)> done);
    void remove(const QString& key, std::function<void(Result<Done>)> done);

    // The names secrets are filed under.
    static QString keyPassphraseKey(const QString& keyFile);
    static QString rsyncPasswordKey(const QString& mirror);
    static QString smtpPasswordKey();

private:
    QString m_service;
};
