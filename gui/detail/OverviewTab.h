#pragma once

#include "fleet/FleetTableModel.h"

#include <QWidget>

class FleetSession;
class QLabel;
class QPushButton;

// Who the mirror is, what the last refresh said, and the acts on it.
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTab(FleetSession& session, QWidget* parent = nullptr);

    void showMirror(const FleetRow& row);
    QLabel* summary() const { return m_summary; }
    QPushButton* breakLockButton() const { return m_breakLock; }
    QPushButton* syncButton() const { return m_sync; }
    QLabel* actResult() const { return m_actResult; }

private:
    void breakLock();
    void syncNow();

    FleetSession& m_session;
    FleetRow m_row;
    QLabel* m_summary;
    QPushButton* m_breakLock;
    QPushButton* m_sync;
    QLabel* m_actResult;
};
