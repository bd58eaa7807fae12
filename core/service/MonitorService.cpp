#include "service/MonitorService.h"

#include "app/ConsoleSettings.h"

MonitorService::MonitorService(Options options, QObject* parent)
    : QObject(parent), m_options(std::move(options))
{
    // A service's one command is each sweep: no follow-up refreshes of acts.
    m_session.setFollowUpActs(false);
}

MonitorService::~MonitorService() = default;

Result<Done> MonitorService::start()
{
    const QString path = m_options.stateDirectory + QStringLiteral("/inventory.sqlite");
    if (auto opened = m_session.open(path); !opened)
        return opened;
    if (!m_options.nameserver.isNull())
        m_session.setFreshnessSource(m_options.nameserver, {});
    const ConsoleSettings settings(m_session.settingsPath());
    AlertSettings alerts = settings.alertSettings();
    MailSettings mail = settings.mailSettings();
    m_alerts = std::make_unique<AlertKeeper>(m_session, alerts, mail);
    m_mail = std::make_unique<MailDispatcher>(path, mail.from, settings.smtpSettings(),
                                              m_options.smtpPassword);
    connect(m_alerts.get(), &AlertKeeper::recorded, this, &MonitorService::alertsRecorded);
    connect(m_alerts.get(), &AlertKeeper::recorded, this,
            [this](const QList<AlertTransition>&, int mails) {
                if (mails > 0)
                    m_mail->drain();
            });
    connect(m_alerts.get(), &AlertKeeper::failed, this, &MonitorService::note);
    connect(m_mail.get(), &MailDispatcher::drained, this, &MonitorService::mailsSent);
    connect(&m_session, &FleetSession::freshnessFinished, this, [this](int checked, int notFresh) {
        m_alerts->remind(QDateTime::currentDateTimeUtc());
        // What failed earlier and is due again goes with each sweep.
        m_mail->drain();
        emit sweepFinished(checked, notFresh);
    });
    connect(&m_session, &FleetSession::currentVersionsKnown, this,
            [this](std::optional<int>, const QString& source, const QString& problem) {
                if (!problem.isEmpty())
                    emit note(tr("current versions unknown (%1): %2").arg(source, problem));
            });
    m_refreshTimer.setInterval(settings.monitorRefreshInterval());
    connect(&m_refreshTimer, &QTimer::timeout, &m_session, &FleetSession::refreshAll);
    m_refreshTimer.start();
    m_session.refreshAll();
    m_session.checkFreshness();
    emit started();
    return Done{};
}
