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
    // fleet: the mirrors to check at each sweep (every enabled one, read
    // fresh each time); options: the settings of the moment.
    FreshnessScheduler(InventoryDatabase& database, std::function<QList<MirrorRecord>()> fleet,
                       std::function<FreshnessSweepOptions()> options, QObject* parent = nullptr);

    void setInterval(std::chrono::minutes interval);
    std::chrono::minutes interval() const;
    void start(); // the first sweep after one interval
    void stop();
    void checkNow();
    // These mirrors now (after a sync, a lock break or a new host key), or
    // right after the sweep under way; a whole sweep asked for covers them.
    void check(const QList<MirrorRecord>& mirrors);

    bool busy() const { return m_sweep.busy(); }
    QDateTime nextSweep() const { return m_next; }
    FreshnessSweep& sweep() { return m_sweep; }

signals:
    void sweepStarted();

private:
    void run();
    void runAfterSweep();
    void startSweep(QList<MirrorRecord> mirrors);

    FreshnessSweep m_sweep;
    std::function<QList<MirrorRecord>()> m_fleet;
    std::function<FreshnessSweepOptions()> m_options;
    QTimer m_timer;
    QDateTime m_next;
    bool m_again = false;
    QList<MirrorRecord> m_queued;
};
