#pragma once

#include <QWidget>

class FleetSession;
class LiveSyncTableModel;
class LogBrowser;
class QPushButton;
class QTableView;
class QTimer;

// The syncs of this session as they go: one row per run, the selected run's
// log growing live, cancel for one or all.
class SyncActivityPane : public QWidget
{
    Q_OBJECT

public:
    explicit SyncActivityPane(FleetSession& session, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    LogBrowser* log() const { return m_log; }
    QPushButton* cancelButton() const { return m_cancel; }
    // Shows this run (a LiveSyncRuns index) and its log.
    void selectRun(int index);

signals:
    // A run started: the window brings this pane forward.
    void runStarted();

private:
    void attach();
    void showRun(int index);
    void updateButtons();
    void cancelSelected();

    FleetSession& m_session;
    LiveSyncTableModel* m_model;
    QTableView* m_table;
    LogBrowser* m_log;
    QPushButton* m_cancel;
    QPushButton* m_cancelAll;
    QTimer* m_clock;
    int m_shown = -1;
};
