#pragma once

#include "dns/DnsPublisher.h"

#include <QObject>

class FleetSession;

// Keeps db.XY true to the verdicts: after each sweep the mirrors' standings
// are read from the store, planned against what was last published, and the
// countries that changed are sent; what the DNS took is stored, so a failed
// update is tried again after the next sweep and a restart knows what is
// published. A sweep that was the checker's own failure changes nothing.
// Lives on the thread of the session's own store.
class DnsKeeper : public QObject
{
    Q_OBJECT

public:
    DnsKeeper(FleetSession& session, DnsPublishing publishing, QObject* parent = nullptr);

    bool publishes() const { return m_publisher.publishing().method != DnsPublishing::Method::Off; }
    void afterSweep(bool checkerFailed);

signals:
    // What the sweep's standings make of the names, sent or not.
    void planned(const DnsPlan& plan);
    // The DNS took the plan's changes.
    void published(const DnsPlan& plan);
    // It did not, or it was not asked: why, for the service's log.
    void failed(const QString& why);
    void held(const QString& why);

private:
    void onFinished(bool ok, const QString& why);

    FleetSession& m_session;
    DnsPublisher m_publisher;
    DnsPlan m_sending;
};
