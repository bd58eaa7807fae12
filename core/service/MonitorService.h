#pragma once

#include "service/AlertKeeper.h"
#include "service/DnsKeeper.h"
#include "service/MailDispatcher.h"
#include "session/FleetSession.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QTimer>

#include <memory>

// The How-to's monitoring without a desktop: one session over the state
// directory's inventory, its shell-mode mirrors refreshed and the whole
// fleet checked on the settings' schedules, every observation through the
// alert rules, the mails they owe sent after each sweep. Survives any
// mirror (the session bounds each) and its own restart (the store holds
// every state, every mail owed and what DNS was last given). After each
// sweep, db.XY is published unless the sweep was the checker's own failure.
class MonitorService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString stateDirectory;
        QString smtpPassword;
        QHostAddress nameserver; // null: the system's
        QString dnsKeyFile;      // the TSIG key when the settings name none
    };

    explicit MonitorService(Options options, QObject* parent = nullptr);
    ~MonitorService() override;

    // Opens the inventory and starts the schedules with a refresh and a
    // check at once.
    Result<Done> start();
    FleetSession& session() { return m_session; }

    // The dashboards' view: the fleet as of the last sweep or refresh, and
    // the service's own health now.
    QByteArray metricsPage(MetricsExposition::Format format) const;
    QJsonObject status() const;

signals:
    // The first refresh and check are under way: the service is up.
    void started();
    void sweepFinished(int checked, int notFresh);
    void mailsSent(int sent, int failed, const QString& lastError);
    void alertsRecorded(const QList<AlertTransition>& transitions, int mails);
    // After each sweep that was not the checker's failure, while DNS is published.
    void dnsPlanned(const DnsPlan& plan);
    void dnsPublished(const DnsPlan& plan);
    // What the service's log shows.
    void note(const QString& line);

private:
    void readMetrics();

    Options m_options;
    FleetSession m_session;
    std::unique_ptr<AlertKeeper> m_alerts;
    std::unique_ptr<MailDispatcher> m_mail;
    std::unique_ptr<DnsKeeper> m_dns;
    QTimer m_refreshTimer;
    MonitorHealth m_health;
    QElapsedTimer m_sweepClock;
    QElapsedTimer m_refreshClock;
    StoredFacts::Metrics m_metrics;
};
