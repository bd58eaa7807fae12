#pragma once

#include <QTabWidget>
#include <QTimer>

class AlertTableModel;
class AuditTableModel;
class FleetSession;
class HeldMailsView;
class QSystemTrayIcon;

// Alerts (a mirror turned old, removed, unreachable or stale-locked, here
// and as the monitoring service recorded them in the store) and the audit
// trail as acts are recorded, and the mails the monitoring owes. The console's own alerts also
// reach the desktop's notification area when there is one.
class ActivityPane : public QTabWidget
{
    Q_OBJECT

public:
    explicit ActivityPane(FleetSession& session, QWidget* parent = nullptr);

    AlertTableModel* alerts() const { return m_alerts; }
    AuditTableModel* audit() const { return m_audit; }
    HeldMailsView* mails() const { return m_mails; }

signals:
    void alertRaised(const QString& text);

private:
    void reloadAudit();
    void reloadAlerts();

    FleetSession& m_session;
    AlertTableModel* m_alerts;
    AuditTableModel* m_audit;
    HeldMailsView* m_mails;
    QSystemTrayIcon* m_tray = nullptr;
    QTimer m_storedAlerts;
};
