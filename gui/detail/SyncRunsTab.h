#pragma once

#include "fleet/MirrorFacts.h"
#include "inventory/MirrorRecord.h"

#include <QWidget>

class FleetSession;
class QLabel;
class LogBrowser;
class QPushButton;
class QTableView;
class SyncRunTableModel;

// A mirror's sync runs as the console kept them and the log of the one
// selected; while a sync runs, its log as it is written. Also every run kept,
// the mirror's rsync.log fetched whole, or a log file from disk.
class SyncRunsTab : public QWidget
{
    Q_OBJECT

public:
    explicit SyncRunsTab(FleetSession& session, QWidget* parent = nullptr);

    // facts: the last refresh's, to tell a sync started elsewhere.
    void showMirror(const MirrorRecord& mirror, const std::optional<MirrorFacts>& facts);
    SyncRunTableModel* model() const { return m_model; }
    LogBrowser* logView() const { return m_log; }
    QLabel* logTitle() const { return m_logTitle; }
    QPushButton* wholeLogButton() const { return m_whole; }
    QPushButton* fetchButton() const { return m_fetch; }
    QTableView* table() const { return m_table; }
    QLabel* liveStatus() const { return m_live; }
    // Why the last refresh failed, above the log: the runs are older than it.
    QLabel* refreshFailure() const { return m_refreshFailure; }
    QPushButton* followButton() const { return m_follow; }

private:
    void showRuns(const QList<SyncRun>& runs, bool sameMirror, int selected);
    void showRun(int row);
    void showLive();
    int liveRun() const; // this mirror's run under way in LiveSyncRuns, or -1
    void showWholeLog();
    void leaveRuns(); // another log than a run's is shown
    void openLogFile();

    FleetSession& m_session;
    SyncRunTableModel* m_model;
    QTableView* m_table;
    LogBrowser* m_log;
    QLabel* m_logTitle; // which log is shown
    QPushButton* m_whole;
    QPushButton* m_fetch;
    QPushButton* m_openFile;
    QLabel* m_live;
    QPushButton* m_follow;
    QLabel* m_refreshFailure;
    MirrorRecord m_mirror;
    bool m_syncSeenRunning = false; // by the last refresh, started elsewhere
    int m_liveShown = -1;           // the LiveSyncRuns index whose log is shown
    bool m_browsing = false;        // an earlier run shown while one is live
};
