#include "secrets/SecretStore.h"

#include <QFileInfo>
#include <qt6keychain/keychain.h>

namespace {

QString explain(const QKeychain::Job& job, const QString& key)
{
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return SecretStore::tr("no secret is stored for %1 (or the keychain is locked: unlock it "
                               "and try again)")
            .arg(key);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::tr("the keychain refused access to %1: %2").arg(key, job.errorString());
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        return SecretStore::tr("the system keychain is not available (%1); secrets cannot be "
                               "stored or read")
            .arg(job.errorString());
    default:
        return SecretStore::tr("keychain error for %1: %2").arg(key, job.errorString());
    }
}

template <typename JobType>
JobType* makeJob(const QString& service, const QString& key, QObject* parent)
{
    auto* job = new JobType(service, parent);
    job->setAutoDelete(true);
    // Never fall back to a plain-text settings file.
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(QString service, QObject* parent)
    : QObject(parent), m_service(std::move(service))
{}

QString SecretStore::keyPassphraseKey(const QString& keyFile)
{
    return QStringLiteral("key-passphrase:") + QFileInfo(keyFile).absoluteFilePath();
}

QString SecretStore::rsyncPasswordKey(const QString& mirror)
{
    return QStringLiteral("rsync-password:") + mirror;
}

void SecretStore::write(const QString& key, const QByteArray& secret,
                        std::function<void(Result<Done>)> done)
{
    auto* job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError ? Result<Done>(Done{})
                                                     : Result<Done>(fail(explain(*finished, key))));
    });
    job->start();
}

void SecretStore::read(const QString& key, std::function<void(Result<QByteArray>)> done)
{
    auto* job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job* finished) {
        if (finished->error() != QKeychain::NoError)
            return done(fail(explain(*finished, key)));
        done(static_cast<QKeychain::ReadPasswordJob*>(finished)->binaryData());
    });
    job->start();
}

void SecretStore::remove(const QString& key, std::function<void(Result<Done>)> done)
{
    auto* job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, this, [key, done](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError ? Result<Done>(Done{})
                                                     : Result<Done>(fail(explain(*finished, key))));
    });
    job->start();
}

QString SecretStore::smtpPasswordKey()
{
    return QStringLiteral("smtp-password");
}
