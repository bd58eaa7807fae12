#include "monitor/FreshnessScheduler.h"

FreshnessScheduler::FreshnessScheduler(InventoryDatabase& database,
                                       std::function<QList<MirrorRecord>()> fleet,
                                       std::function<FreshnessSweepOptions()> options,
                                       QObject* parent)
    : QObject(parent), m_sweep(database), m_fleet(std::move(fleet)), m_options(std::move(options))
{
    m_timer.setInterval(std::chrono::minutes(60));
    connect(&m_timer, &QTimer::timeout, this, &FreshnessScheduler::run);
    connect(&m_sweep, &FreshnessSweep::finished, this, [this] {
        if (std::exchange(m_again, false))
            run();
    });
}

void FreshnessScheduler::setInterval(std::chrono::minutes interval)
{
    m_timer.setInterval(interval);
    if (m_timer.isActive())
        start();
}

std::chrono::minutes FreshnessScheduler::interval() const
{
    return std::chrono::duration_cast<std::chrono::minutes>(m_timer.intervalAsDuration());
}

void FreshnessScheduler::start()
{
    m_timer.start();
    m_next = QDateTime::currentDateTimeUtc().addMSecs(m_timer.interval());
}

void FreshnessScheduler::stop()
{
    m_timer.stop();
    m_next = {};
}

void FreshnessScheduler::checkNow()
{
    run();
}

void FreshnessScheduler::run()
{
    if (m_timer.isActive())
        m_next = QDateTime::currentDateTimeUtc().addMSecs(m_timer.interval());
    if (m_sweep.busy()) {
        m_again = true;
        return;
    }
    if (m_sweep.start(m_fleet(), m_options()))
        emit sweepStarted();
}
