#include "activity/ActivityPane.h"

#include "activity/AlertTableModel.h"
#include "activity/AuditTableModel.h"
#include "activity/HeldMailsView.h"
#include "notify/AlertMail.h"
#include "session/FleetSession.h"

#include <QApplication>
#include <QCoreApplication>
#include <QHeaderView>
#include <QSystemTrayIcon>
#include <QTableView>

namespace {

QTableView* tableOver(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAccessibleName(name);
    return view;
}

} // namespace

ActivityPane::ActivityPane(FleetSession& session, QWidget* parent)
    : QTabWidget(parent), m_session(session), m_alerts(new AlertTableModel(this)),
      m_audit(new AuditTableModel(this)), m_mails(new HeldMailsView(session, this))
{
    addTab(tableOver(m_alerts, tr("Alerts"), this), tr("Alerts"));
    addTab(tableOver(m_audit, tr("Audit trail"), this), tr("Audit trail"));
    addTab(m_mails, tr("Mails"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Mirror Console"));
        m_tray->show();
    }
    connect(&m_session, &FleetSession::inventoryChanged, this, &ActivityPane::reloadAudit);
    connect(&m_session, &FleetSession::inventoryChanged, this, &ActivityPane::reloadAlerts);
    // The monitoring service writes into the same store from its own process.
    m_storedAlerts.setInterval(std::chrono::minutes(1));
    connect(&m_storedAlerts, &QTimer::timeout, this, &ActivityPane::reloadAlerts);
    m_storedAlerts.start();
    connect(&m_session, &FleetSession::auditRecorded, m_audit, &AuditTableModel::prepend);
    connect(&m_session, &FleetSession::alert, this,
            [this](const QString& mirror, const QString& text) {
                m_alerts->add({QDateTime::currentDateTimeUtc(), mirror, text});
                if (m_tray)
                    m_tray->showMessage(tr("Mirror Console"), text, QSystemTrayIcon::Warning);
                emit alertRaised(text);
            });
    if (!m_session.path().isEmpty()) {
        reloadAudit();
        reloadAlerts();
    }
}

void ActivityPane::reloadAlerts()
{
    m_mails->reload();
    m_session.stored().alertEvents(this, [this](const QList<AlertEvent>& events) {
        QList<AlertTableModel::Alert> alerts;
        for (const AlertEvent& event : events) {
            const AlertTransition& t = event.transition;
            const QString title =
                QCoreApplication::translate("AlertMail", AlertMail::titleSource(t.rule));
            const QString what = t.kind == AlertTransition::Kind::Cleared
                                     ? tr("%1: fine again (%2)")
                                 : t.kind == AlertTransition::Kind::Reminder ? tr("%1: still %2")
                                                                             : tr("%1: %2");
            alerts.append(
                {t.at, t.mirror,
                 what.arg(t.mirror.isEmpty() ? tr("the fleet") : t.mirror, title) +
                     (t.evidence.isEmpty() ? QString() : QStringLiteral(" — ") + t.evidence)});
        }
        m_alerts->setStored(alerts);
    });
}

void ActivityPane::reloadAudit()
{
    m_session.stored().auditEntries(
        this, [this](const QList<AuditEntry>& entries) { m_audit->setEntries(entries); });
}
