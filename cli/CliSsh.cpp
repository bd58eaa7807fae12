#include "CliSsh.h"

#include "CliContext.h"

#include <QCoreApplication>
#include <QDir>

CliSsh::CliSsh(CliContext& context, std::optional<SshPoolSettings> settings)
    : m_hostKeys(context.knownHostsPath(),
                 {QDir::homePath() + QStringLiteral("/.ssh/known_hosts")}),
      m_pool(m_hostKeys, settings.value_or(context.settings().poolSettings()))
{
    QObject::connect(&m_pool, &SshPool::hostKeyAccepted, &m_pool,
                     [&context](const QString& name, const QString& fp) {
                         context.audit().record(name, QStringLiteral("host-key-accept"),
                                                QCoreApplication::translate(
                                                    "mirrorctl", "%1, as expected by the inventory")
                                                    .arg(fp));
                     });
}

SshJobResult CliSsh::wait(SshJobId id, const std::function<void(const QByteArray&, bool)>& output)
{
    SshJobResult outcome;
    QObject guard;
    QObject::connect(&m_pool, &SshPool::output, &guard,
                     [&](SshJobId job, const QByteArray& chunk, bool isError) {
                         if (job == id && output)
                             output(chunk, isError);
                     });
    QObject::connect(&m_pool, &SshPool::finished, &guard, [&](const SshJobResult& r) {
        if (r.id != id)
            return;
        outcome = r;
        QCoreApplication::quit();
    });
    QCoreApplication::exec();
    return outcome;
}
