#include "monitor/FreshnessScheduler.h"

#include <algorithm>

namespace {

// Without DNS the current version comes from the reference mirror: it is
// checked with any few.
bool lacksReference(const QList<MirrorRecord>& mirrors, const FreshnessSweepOptions& options)
{
    return !options.referenceMirror.isEmpty() &&
           std::none_of(mirrors.cbegin(), mirrors.cend(),
                        [&](const MirrorRecord& m) { return m.name == options.referenceMirror; });
}

} // namespace

FreshnessScheduler::FreshnessScheduler(InventoryDatabase& database, FleetReader fleet,
                                       std::function<FreshnessSweepOptions()> options,
                                       QObject* parent)
    : QObject(parent), m_sweep(database), m_fleet(std::move(fleet)), m_options(std::move(options))
{
    m_timer.setInterval(std::chrono::minutes(60));
    connect(&m_timer, &QTimer::timeout, this, &FreshnessScheduler::run);
    connect(&m_sweep, &FreshnessSweep::finished, this, &FreshnessScheduler::runAfterSweep);
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

void FreshnessScheduler::check(const QList<MirrorRecord>& mirrors)
{
    for (const MirrorRecord& mirror : mirrors) {
        if (std::none_of(m_queued.cbegin(), m_queued.cend(),
                         [&](const MirrorRecord& m) { return m.id == mirror.id; }))
            m_queued << mirror;
    }
    // Even of none: whoever asked hears the sweep finish.
    if (!busy())
        startSweep(std::exchange(m_queued, {}));
}

void FreshnessScheduler::run()
{
    if (m_timer.isActive())
        m_next = QDateTime::currentDateTimeUtc().addMSecs(m_timer.interval());
    if (busy()) {
        m_again = true;
        return;
    }
    m_queued.clear();
    m_reading = true;
    m_fleet(this,
            [this](const QList<MirrorRecord>& fleet) { startSweepOf(fleet, fleet, m_options()); });
}

void FreshnessScheduler::runAfterSweep()
{
    if (std::exchange(m_again, false))
        run();
    else if (!m_queued.isEmpty())
        startSweep(std::exchange(m_queued, {}));
}

void FreshnessScheduler::startSweep(const QList<MirrorRecord>& mirrors)
{
    const FreshnessSweepOptions options = m_options();
    if (!lacksReference(mirrors, options)) {
        startSweepOf(mirrors, {}, options);
        return;
    }
    m_reading = true;
    m_fleet(this, [this, mirrors, options](const QList<MirrorRecord>& fleet) {
        startSweepOf(mirrors, fleet, options);
    });
}

void FreshnessScheduler::startSweepOf(QList<MirrorRecord> mirrors, const QList<MirrorRecord>& fleet,
                                      const FreshnessSweepOptions& options)
{
    m_reading = false;
    if (lacksReference(mirrors, options)) {
        for (const MirrorRecord& m : fleet) {
            if (m.name == options.referenceMirror)
                mirrors << m;
        }
    }
    if (m_sweep.start(mirrors, options))
        emit sweepStarted();
}
