#pragma once

#include "inventory/MirrorRecord.h"
#include "monitor/FreshnessSweep.h"

#include <QWidget>

class FleetSession;
class QLabel;
class QTableView;
class TrendChart;
class VerdictHistoryModel;

// The selected mirror's verdict history and its uptime over the last 7 and
// 30 days, from the stored checks, with a chart of each UTC day's.
class FreshnessTab : public QWidget
{
    Q_OBJECT

public:
    explicit FreshnessTab(FleetSession& session, QWidget* parent = nullptr);

    // Reads the mirror's month of checks; shows them when they come.
    void showMirror(const MirrorRecord& mirror);
    VerdictHistoryModel* model() const { return m_model; }
    QLabel* uptime() const { return m_uptime; }
    TrendChart* chart() const { return m_chart; }

private:
    void showChecks(const QList<FreshnessResult>& checks, const QDateTime& now);

    FleetSession& m_session;
    MirrorRecord m_mirror;
    VerdictHistoryModel* m_model;
    QTableView* m_table;
    QLabel* m_uptime;
    TrendChart* m_chart;
};
