#pragma once

#include "fleet/FleetTableModel.h"

#include <QWidget>

class FleetSession;
class QLabel;
class QPushButton;

// The sync lock of the selected mirror: absent, held by a running sync (with
// the processes seen) or stale (and when the next run forces it away);
// breaking it is offered only when stale, and asked first.
class LockTab : public QWidget
{
    Q_OBJECT

public:
    explicit LockTab(FleetSession& session, QWidget* parent = nullptr);

    void showMirror(const FleetRow& row);
    QLabel* state() const { return m_state; }
    QPushButton* breakButton() const { return m_break; }

private:
    void breakLock();

    FleetSession& m_session;
    FleetRow m_row;
    QLabel* m_state;
    QPushButton* m_break;
};
