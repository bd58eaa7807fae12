#pragma once

#include "monitor/FreshnessSweep.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <functional>

// Runs a freshness sweep of the fleet every interval (an hour by default, as
// the How-to's monitoring does) and on demand; never two at once: a check
// asked for while one runs is done right after it.
class FreshnessScheduler : public QObject
{
    Q_OBJECT

public:
    // Hands done the mirrors to check at a sweep (every enabled one, read
    // fresh each time), at once or later, unless context is gone by then.
    using FleetReader =
        std::function<void(QObject* context, std::function<void(const QList<MirrorRecord>&)> done)>;

    // options: the settings of the moment.
    FreshnessScheduler(InventoryDatabase& database, FleetReader fleet,
                       std::function<FreshnessSweepOptions()> options, QObject* parent = nullptr);

    void setInterval(std::chrono::minutes interval);
    std::chrono::minutes interval() const;
    void start(); // the first sweep after one interval
    void stop();
    void checkNow();
    // These mirrors now (after a sync, a lock break or a new host key), or
    // right after the sweep under way; a whole sweep asked for covers them.
    void check(const QList<MirrorRecord>& mirrors);

    // From the ask until the sweep's end, the fleet's reading included.
    bool busy() const { return m_reading || m_sweep.busy(); }
    QDateTime nextSweep() const { return m_next; }
    FreshnessSweep& sweep() { return m_sweep; }

signals:
    void sweepStarted();

private:
    void run();
    void runAfterSweep();
    void startSweep(const QList<MirrorRecord>& mirrors);
    void startSweepOf(QList<MirrorRecord> mirrors, const QList<MirrorRecord>& fleet,
                      const FreshnessSweepOptions& options);

    FreshnessSweep m_sweep;
    FleetReader m_fleet;
    bool m_reading = false;
    std::function<FreshnessSweepOptions()> m_options;
    QTimer m_timer;
    QDateTime m_next;
    bool m_again = false;
    QList<MirrorRecord> m_queued;
};
