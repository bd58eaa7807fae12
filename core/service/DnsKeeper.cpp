#include "service/DnsKeeper.h"

#include "dns/DnsRecordStore.h"
#include "notify/AlertBook.h"
#include "service/DnsStandings.h"
#include "session/FleetSession.h"

DnsKeeper::DnsKeeper(FleetSession& session, DnsPublishing publishing, QObject* parent)
    : QObject(parent), m_session(session), m_publisher(std::move(publishing))
{
    connect(&m_publisher, &DnsPublisher::finished, this, &DnsKeeper::onFinished);
}

void DnsKeeper::afterSweep(bool checkerFailed)
{
    if (!publishes())
        return;
    if (checkerFailed) {
        emit held(tr("DNS left as it was: the sweep was the checker's own failure"));
        return;
    }
    if (m_publisher.busy()) {
        emit held(tr("DNS left for the next sweep: the last update is still under way"));
        return;
    }
    InventoryDatabase& db = m_session.database();
    const auto published = DnsRecordStore(db).published();
    if (!published) {
        emit failed(published.error());
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QHash<qint64, QList<MaintenanceWindow>> windows;
    for (const MaintenanceWindow& w : MaintenanceWindows(db).list()) {
        if (w.startsAt <= now)
            windows[w.mirrorId].append(w);
    }
    const auto raised = AlertBook(db).active();
    QList<DnsStanding> standings;
    for (const MirrorStatus& status : FleetExport::collect(db, m_session.inventory().all(), {}))
        standings << DnsStandings::judge(status, windows.value(status.mirror.id),
                                         raised.value(status.mirror.id), now);
    m_sending = DnsPlanner::plan(standings, *published, m_publisher.publishing().maxRemovals);
    emit planned(m_sending);
    if (!m_sending.changes()) {
        // Nothing to send, but what waits for the removal limit is said.
        if (!m_sending.deferred.isEmpty())
            emit held(tr("DNS kept %n mirror(s) judged out, at most %1 removals a sweep", nullptr,
                         int(m_sending.deferred.size()))
                          .arg(m_publisher.publishing().maxRemovals));
        return;
    }
    m_publisher.publish(m_sending,
                        tr("db.XY.%1 from mirror-monitor's sweep of %2")
                            .arg(m_publisher.publishing().names.zone, now.toString(Qt::ISODate)));
}

void DnsKeeper::onFinished(bool ok, const QString& why)
{
    if (!ok) {
        emit failed(tr("DNS not updated, tried again after the next sweep: %1").arg(why));
        return;
    }
    if (auto stored = DnsRecordStore(m_session.database())
                          .replace(m_sending.sets, QDateTime::currentDateTimeUtc());
        !stored) {
        emit failed(stored.error());
        return;
    }
    emit published(m_sending);
}
