#include "activity/ActivityPane.h"

#include "activity/AlertTableModel.h"
#include "activity/AuditTableModel.h"
#include "session/FleetSession.h"

#include <QApplication>
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
      m_audit(new AuditTableModel(this))
{
    addTab(tableOver(m_alerts, tr("Alerts"), this), tr("Alerts"));
    addTab(tableOver(m_audit, tr("Audit trail"), this), tr("Audit trail"));
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        m_tray->setToolTip(tr("Mirror Console"));
        m_tray->show();
    }
    connect(&m_session, &FleetSession::inventoryChanged, this, &ActivityPane::reloadAudit);
    connect(&m_session, &FleetSession::auditRecorded, m_audit, &AuditTableModel::prepend);
    connect(&m_session, &FleetSession::alert, this,
            [this](const QString& mirror, const QString& text) {
                m_alerts->add({QDateTime::currentDateTimeUtc(), mirror, text});
                if (m_tray)
                    m_tray->showMessage(tr("Mirror Console"), text, QSystemTrayIcon::Warning);
                emit alertRaised(text);
            });
    if (!m_session.path().isEmpty())
        reloadAudit();
}

void ActivityPane::reloadAudit()
{
    m_session.stored().auditEntries(
        this, [this](const QList<AuditEntry>& entries) { m_audit->setEntries(entries); });
}
