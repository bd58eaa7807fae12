#include "service/MonitorService.h"

#include "app/ConsoleSettings.h"

#include <QJsonArray>

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
    if (mail.from.isEmpty() && (!mail.teamAddress.isEmpty() || mail.mailAdmins))
        emit note(tr("mail/from is not set: the alerts are kept, but no mail can leave"));
    m_alerts = std::make_unique<AlertKeeper>(m_session, alerts, mail);
    m_mail = std::make_unique<MailDispatcher>(path, mail.from, settings.smtpSettings(),
                                              m_options.smtpPassword);
    DnsPublishing publishing = settings.dnsPublishing();
    if (publishing.keyFile.isEmpty())
        publishing.keyFile = m_options.dnsKeyFile;
    m_dns = std::make_unique<DnsKeeper>(m_session, publishing);
    m_health.publishesDns = m_dns->publishes();
    connect(m_dns.get(), &DnsKeeper::published, this, [this](const DnsPlan& plan) {
        ++m_health.dnsUpdates;
        readMetrics();
        emit dnsPublished(plan);
    });
    connect(m_dns.get(), &DnsKeeper::failed, this, [this](const QString& why) {
        ++m_health.dnsFailures;
        emit note(why);
    });
    connect(m_dns.get(), &DnsKeeper::held, this, &MonitorService::note);
    connect(m_dns.get(), &DnsKeeper::planned, this, &MonitorService::dnsPlanned);
    const int failedPercent = settings.checkerFailedPercent();
    connect(m_alerts.get(), &AlertKeeper::recorded, this, &MonitorService::alertsRecorded);
    connect(m_alerts.get(), &AlertKeeper::recorded, this,
            [this](const QList<AlertTransition>&, int mails) {
                if (mails > 0)
                    m_mail->drain();
            });
    connect(m_alerts.get(), &AlertKeeper::failed, this, &MonitorService::note);
    connect(m_mail.get(), &MailDispatcher::drained, this, &MonitorService::mailsSent);
    connect(m_mail.get(), &MailDispatcher::drained, this,
            [this](int sent, int failed, const QString&) {
                m_health.mailsSent += sent;
                m_health.mailsFailed += failed;
            });
    connect(&m_session, &FleetSession::freshnessStarted, this, [this] { m_sweepClock.start(); });
    connect(&m_session, &FleetSession::refreshFinished, this, [this] {
        if (m_refreshClock.isValid())
            m_health.lastRefreshSeconds = double(m_refreshClock.elapsed()) / 1000;
        readMetrics();
    });
    connect(&m_session, &FleetSession::freshnessFinished, this,
            [this, failedPercent](int checked, int notFresh) {
                ++m_health.sweeps;
                m_health.lastSweepAt = QDateTime::currentDateTimeUtc();
                if (m_sweepClock.isValid())
                    m_health.lastSweepSeconds = double(m_sweepClock.elapsed()) / 1000;
                m_health.currentDaily = m_session.freshnessSweep().currentDaily();
                const SweepTally tally = m_alerts->endSweep(failedPercent);
                m_health.checkerFailed = tally.checkerFailed(failedPercent);
                m_dns->afterSweep(m_health.checkerFailed);
                readMetrics();
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
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        m_refreshClock.start();
        m_session.refreshAll();
    });
    m_refreshTimer.start();
    m_health.startedAt = QDateTime::currentDateTimeUtc();
    readMetrics();
    m_refreshClock.start();
    m_session.refreshAll();
    m_session.checkFreshness();
    emit started();
    return Done{};
}

void MonitorService::readMetrics()
{
    m_session.stored().metrics(
        this, [this](const StoredFacts::Metrics& metrics) { m_metrics = metrics; });
}

QByteArray MonitorService::metricsPage(MetricsExposition::Format format) const
{
    MonitorHealth health = m_health;
    health.mailsWaiting = m_metrics.mailsWaiting;
    return MetricsExposition::render(m_metrics.mirrors, health, format);
}

QJsonObject MonitorService::status() const
{
    QJsonArray mirrors;
    int notFresh = 0;
    for (const MirrorMetrics& m : m_metrics.mirrors) {
        notFresh += m.verdict != QLatin1String("fresh");
        QJsonObject mirror{{QStringLiteral("mirror"), m.mirror},
                           {QStringLiteral("country"), m.country},
                           {QStringLiteral("verdict"), m.verdict},
                           {QStringLiteral("inMaintenance"), m.inMaintenance},
                           {QStringLiteral("alerts"), QJsonArray::fromStringList(m.alerts)}};
        if (m.inDns)
            mirror.insert(QStringLiteral("inDns"), *m.inDns);
        mirrors.append(mirror);
    }
    const auto time = [](const QDateTime& at) {
        return at.isValid() ? QJsonValue(at.toString(Qt::ISODate)) : QJsonValue();
    };
    return {{QStringLiteral("startedAt"), time(m_health.startedAt)},
            {QStringLiteral("sweeps"), m_health.sweeps},
            {QStringLiteral("lastSweepAt"), time(m_health.lastSweepAt)},
            {QStringLiteral("lastSweepSeconds"), m_health.lastSweepSeconds},
            {QStringLiteral("currentDaily"),
             m_health.currentDaily ? QJsonValue(*m_health.currentDaily) : QJsonValue()},
            {QStringLiteral("mailsSent"), m_health.mailsSent},
            {QStringLiteral("mailsFailed"), m_health.mailsFailed},
            {QStringLiteral("mailsWaiting"), m_metrics.mailsWaiting},
            {QStringLiteral("mirrorsNotFresh"), notFresh},
            {QStringLiteral("checkerFailed"), m_health.checkerFailed},
            {QStringLiteral("dnsUpdates"), m_health.dnsUpdates},
            {QStringLiteral("dnsFailures"), m_health.dnsFailures},
            {QStringLiteral("mirrors"), mirrors}};
}
