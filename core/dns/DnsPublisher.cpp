#include "dns/DnsPublisher.h"

#include "secrets/CredentialsFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

DnsPublisher::DnsPublisher(DnsPublishing publishing, QObject* parent)
    : QObject(parent), m_publishing(std::move(publishing))
{
    connect(&m_command, &LocalCommand::finished, this, &DnsPublisher::onCommandFinished);
}

bool DnsPublisher::publish(const DnsPlan& plan, const QString& header)
{
    if (busy() || m_publishing.method == DnsPublishing::Method::Off)
        return false;
    if (m_publishing.method == DnsPublishing::Method::Nsupdate)
        sendUpdate(plan, header);
    else
        writeFragment(plan, header);
    return true;
}

void DnsPublisher::finishLater(bool ok, const QString& why)
{
    m_writing = true; // busy until told
    QTimer::singleShot(0, this, [this, ok, why] {
        m_writing = false;
        emit finished(ok, why);
    });
}

void DnsPublisher::sendUpdate(const DnsPlan& plan, const QString& header)
{
    m_program = QStringLiteral("nsupdate");
    m_previousFragment.reset();
    // Every update is signed: a primary that takes unsigned updates from
    // anybody on the network is not one to publish to.
    const QString& key = m_publishing.keyFile;
    if (key.isEmpty())
        return finishLater(false, tr("no TSIG key for nsupdate: set dns/key-file, or hand the "
                                     "service the credential dns-key"));
    if (!QFileInfo::exists(key))
        return finishLater(false, tr("the TSIG key %1 does not exist: set dns/key-file, or hand "
                                     "the service the credential dns-key")
                                      .arg(key));
    if (const auto checked = CredentialsFile::read(key); !checked)
        return finishLater(false, checked.error());
    if (!QFileInfo(key).isReadable())
        return finishLater(false, tr("the TSIG key %1 cannot be read").arg(key));
    const QString script = DnsZoneText::nsupdateScript(plan.sets, plan.changed, m_publishing.names,
                                                       m_publishing.server, header);
    const auto seconds = qint64(m_publishing.timeout.count());
    // -v: TCP, so that a large fleet's update is never cut to a datagram.
    m_command.run(QStringLiteral("nsupdate"),
                  {QStringLiteral("-v"), QStringLiteral("-t"), QString::number(seconds),
                   QStringLiteral("-k"), key},
                  script.toUtf8(), m_publishing.timeout + std::chrono::seconds(5));
}

void DnsPublisher::writeFragment(const DnsPlan& plan, const QString& header)
{
    const QString& path = m_publishing.zoneFile;
    if (path.isEmpty())
        return finishLater(false, tr("no zone fragment to write: set dns/zone-file"));
    // What the server reads now, kept to be put back if the reload fails.
    m_previousFragment.reset();
    if (QFile before(path); before.open(QIODevice::ReadOnly))
        m_previousFragment = before.read(64 << 20);
    const auto write = [&path](const QByteArray& text) -> QString {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return tr("cannot write %1: %2").arg(path, file.errorString());
        file.write(text);
        // The server reads the file: world-readable, as a zone is.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ReadGroup | QFileDevice::ReadOther);
        return file.commit() ? QString() : tr("cannot write %1: %2").arg(path, file.errorString());
    };
    if (const QString why =
            write(DnsZoneText::zoneLines(plan.sets, m_publishing.names, header).toUtf8());
        !why.isEmpty())
        return finishLater(false, why);
    const QStringList command = QProcess::splitCommand(m_publishing.reloadCommand);
    if (command.isEmpty())
        return finishLater(true, {});
    m_program = command.first();
    m_command.run(command.first(), command.mid(1), {}, m_publishing.timeout);
}

void DnsPublisher::onCommandFinished(const LocalCommand::Outcome& outcome)
{
    QString why = outcome.failure(m_program);
    if (!why.isEmpty() && m_publishing.method == DnsPublishing::Method::ZoneFile) {
        // The next reload, or a restart of the server, must not serve what
        // this one refused.
        const QString& path = m_publishing.zoneFile;
        QSaveFile file(path);
        const bool restored = m_previousFragment
                                  ? file.open(QIODevice::WriteOnly) &&
                                        file.write(*m_previousFragment) >= 0 && file.commit()
                                  : QFile::remove(path);
        why += restored ? tr("; %1 is as it was").arg(path)
                        : tr("; %1 could not be put back as it was").arg(path);
    }
    emit finished(why.isEmpty(), why);
}
