#pragma once

#include "facts/TrafficFacts.h"
#include "inventory/MirrorRecord.h"

#include <QWidget>

class FleetSession;
class QLabel;
class TrendChart;

// Traffic of the selected mirror from its access log, as the refreshes
// stored it: bytes per hour over the last day and per day over 30 days,
// month to date against the How-to's expected range, requests, .cvd against
// .cdiff, the top user agents (ClamAV-MirrorCheck left out).
class BandwidthTab : public QWidget
{
    Q_OBJECT

public:
    explicit BandwidthTab(FleetSession& session, QWidget* parent = nullptr);

    // Reads the mirror's month of traffic; shows it when it comes.
    void showMirror(const MirrorRecord& mirror);
    QLabel* summary() const { return m_summary; }
    TrendChart* hourly() const { return m_hourly; }
    TrendChart* daily() const { return m_daily; }

signals:
    // The month asked for by showMirror is on screen.
    void shown();

private:
    void showTraffic(const TrafficSummary& traffic);

    FleetSession& m_session;
    MirrorRecord m_mirror;
    QLabel* m_summary;
    TrendChart* m_hourly;
    TrendChart* m_daily;
};
