#pragma once

#include "facts/DiskFacts.h"
#include "session/FleetRow.h"

#include <QWidget>

class FleetSession;
class DatabaseFileModel;
class QLabel;
class QProgressBar;
class QTableView;
class TrendChart;

// Disk of the selected mirror: DocumentRoot and home usage as bars, the
// DocumentRoot's inodes, the database's files, the warnings, and the space
// over the last 30 days of refreshes.
class DiskTab : public QWidget
{
    Q_OBJECT

public:
    explicit DiskTab(FleetSession& session, QWidget* parent = nullptr);

    void showMirror(const FleetRow& row);
    QProgressBar* documentRootBar() const { return m_documentRoot; }
    QLabel* details() const { return m_details; }
    DatabaseFileModel* files() const { return m_files; }
    TrendChart* trend() const { return m_trend; }

private:
    // Reads the mirror's month of disk points; plots them when they come.
    void plotTrend(const MirrorRecord& mirror);
    void plotTrend(const QList<DiskTrendPoint>& points);

    FleetSession& m_session;
    qint64 m_shownId = 0;
    QProgressBar* m_documentRoot;
    QProgressBar* m_home;
    QProgressBar* m_inodes;
    QLabel* m_details;
    DatabaseFileModel* m_files;
    QTableView* m_fileTable;
    TrendChart* m_trend;
};
