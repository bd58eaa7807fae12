#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Records the longest time the event loop of its thread went without
// running a 1 ms timer: what a user feels as a frozen window.
class StallMeter : public QObject
{
    Q_OBJECT

public:
    explicit StallMeter(QObject* parent = nullptr);

    void start();
    void stop();
    qint64 longestStallMs() const { return m_longest; }
    // Of the longest stall, the time the thread itself ran: near the stall,
    // the thread was busy; far below it, it waited or was not scheduled.
    qint64 longestStallCpuMs() const { return m_longestCpu; }
    // Of the longest stall, the time the thread was ready but had no CPU.
    qint64 longestStallRunQueueMs() const { return m_longestRunQueue; }
    // When the longest stall ended, from start(): early, late or amid the work.
    qint64 longestStallEndedAtMs() const { return m_longestEndedAt; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_longestCpu = 0;
    qint64 m_lastCpu = 0;
    qint64 m_longestRunQueue = 0;
    qint64 m_longestEndedAt = 0;
    qint64 m_lastRunQueue = 0;
    int m_ticks = 0;
};
