#include "dns/DnsPublisher.h"

#include "secrets/CredentialsFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QTimer>

namespace {

const std::pair<DnsPublishing::Method, const char*> kMethods[] = {
    {DnsPublishing::Method::Off, "off"},
    {DnsPublishing::Method::Nsupdate, "nsupdate"},
    {DnsPublishing::Method::ZoneFile, "zone-file"},
};

} // namespace

QString DnsPublishing::methodName(Method method)
{
    for (const auto& [m, name] : kMethods) {
        if (m == method)
            return QLatin1String(name);
    }
    return {};
}

std::optional<DnsPublishing::Method> DnsPublishing::methodFromName(const QString& name)
{
    for (const auto& [m, word] : kMethods) {
        if (name == QLatin1String(word))
            return m;
    }
    return std::nullopt;
}

DnsPublisher::DnsPublisher(DnsPublishing publishing, QObject* parent)
    : QObject(parent), m_publishing(std::move(publishing))
{
    connect(&m_command, &LocalCommand::finished, this, [this](const LocalCommand::Outcome& out) {
        m_reloading = false;
        emit finished(out.succeeded(), out.failure(m_program));
    });
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

void DnsPublisher::sendUpdate(const DnsPlan& plan, const QString& header)
{
    m_program = QStringLiteral("nsupdate");
    const auto fail = [this](const QString& why) {
        QTimer::singleShot(0, this, [this, why] { emit finished(false, why); });
    };
    // Every update is signed: a primary that takes unsigned updates from
    // anybody on the network is not one to publish to.
    if (m_publishing.keyFile.isEmpty())
        return fail(tr("no TSIG key for nsupdate: set dns/key-file, or hand the service the "
                       "credential dns-key"));
    if (const auto checked = CredentialsFile::read(m_publishing.keyFile); !checked)
        return fail(checked.error());
    if (!QFileInfo(m_publishing.keyFile).isReadable())
        return fail(tr("the TSIG key %1 cannot be read").arg(m_publishing.keyFile));
    const QString script = DnsZoneText::nsupdateScript(plan.sets, plan.changed, m_publishing.names,
                                                       m_publishing.server, header);
    const auto seconds = qint64(m_publishing.timeout.count());
    // -v: TCP, so that a large fleet's update is never cut to a datagram.
    m_command.run(QStringLiteral("nsupdate"),
                  {QStringLiteral("-v"), QStringLiteral("-t"), QString::number(seconds),
                   QStringLiteral("-k"), m_publishing.keyFile},
                  script.toUtf8(), m_publishing.timeout + std::chrono::seconds(5));
}

void DnsPublisher::writeFragment(const DnsPlan& plan, const QString& header)
{
    const auto fail = [this](const QString& why) {
        QTimer::singleShot(0, this, [this, why] { emit finished(false, why); });
    };
    if (m_publishing.zoneFile.isEmpty())
        return fail(tr("no zone fragment to write: set dns/zone-file"));
    QSaveFile file(m_publishing.zoneFile);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(m_publishing.zoneFile, file.errorString()));
    file.write(DnsZoneText::zoneLines(plan.sets, m_publishing.names, header).toUtf8());
    // The server reads the file at once: world-readable, as a zone is.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    if (!file.commit())
        return fail(tr("cannot write %1: %2").arg(m_publishing.zoneFile, file.errorString()));
    const QStringList command = QProcess::splitCommand(m_publishing.reloadCommand);
    if (command.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit finished(true, {}); });
        return;
    }
    m_program = command.first();
    m_reloading = true;
    m_command.run(command.first(), command.mid(1), {}, m_publishing.timeout);
}
