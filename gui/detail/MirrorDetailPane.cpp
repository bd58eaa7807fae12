#include "detail/MirrorDetailPane.h"

#include "Confirmation.h"
#include "detail/BandwidthTab.h"
#include "detail/ConfigurationTab.h"
#include "detail/DiskTab.h"
#include "detail/FactTab.h"
#include "detail/FreshnessTab.h"
#include "detail/LockTab.h"
#include "detail/OverviewTab.h"
#include "detail/SyncRunsTab.h"

#include <QJsonArray>
#include <QLabel>
#include <QTabBar>

MirrorDetailPane::MirrorDetailPane(FleetSession& session, QWidget* parent)
    : QTabWidget(parent), m_overview(new OverviewTab(session, this)),
      m_runs(new SyncRunsTab(session, this)), m_audit(new FactTab(tr("Setup audit"), this)),
      m_firewall(new FactTab(tr("Firewall"), this)),
      m_configuration(new ConfigurationTab(session, this)), m_lock(new LockTab(session, this)),
      m_disk(new DiskTab(session, this)), m_freshness(new FreshnessTab(session, this)),
      m_bandwidth(new BandwidthTab(session, this)), m_title(new QLabel(this)),
      m_nothing(new QLabel(this))
{
    addTab(m_overview, tr("Overview"));
    addTab(m_runs, tr("Sync runs"));
    addTab(m_lock, tr("Lock"));
    addTab(m_disk, tr("Disk"));
    addTab(m_bandwidth, tr("Bandwidth"));
    addTab(m_audit, tr("Setup audit"));
    addTab(m_firewall, tr("Firewall"));
    addTab(m_configuration, tr("Configuration"));
    addTab(m_freshness, tr("Freshness"));
    m_title->setAccessibleName(tr("Mirror shown"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setContentsMargins(8, 0, 8, 0);
    setCornerWidget(m_title, Qt::TopRightCorner);
    m_nothing->setAlignment(Qt::AlignCenter);
    m_nothing->setWordWrap(true);
    m_nothing->setAutoFillBackground(true);
    m_previousTab = currentWidget();
    showNothing(tr("Select a mirror in the table to see it here."));
    connect(this, &QTabWidget::currentChanged, this, &MirrorDetailPane::onTabChanged);
}

void MirrorDetailPane::onTabChanged(int)
{
    QWidget* left = std::exchange(m_previousTab, currentWidget());
    if (left == m_configuration && m_configuration->hasUnsavedEdits()) {
        if (!Confirmation::ask(this, tr("Unsaved changes"),
                               tr("The changes to clam-clientsync.conf of %1 are not written. "
                                  "Leave them and show another tab?")
                                   .arg(m_configuration->mirror().name),
                               tr("Discard the changes"))) {
            const QSignalBlocker quiet(this);
            setCurrentWidget(m_configuration);
            m_previousTab = m_configuration;
            return;
        }
        m_configuration->revert();
    }
    fillCurrentTab();
}

bool MirrorDetailPane::mayLeaveMirror()
{
    if (!m_configuration->hasUnsavedEdits())
        return true;
    if (!Confirmation::ask(this, tr("Unsaved changes"),
                           tr("The changes to clam-clientsync.conf of %1 are not written. "
                              "Discard them and leave the mirror?")
                               .arg(m_configuration->mirror().name),
                           tr("Discard the changes")))
        return false;
    m_configuration->revert();
    return true;
}

void MirrorDetailPane::showNothing(const QString& why)
{
    // The tabs of the mirror shown before are hidden, not left in view.
    tabBar()->setEnabled(false);
    m_title->clear();
    m_nothing->setText(why);
    m_nothing->show();
    m_nothing->raise();
    m_row = {};
    for (int tab = 0; tab < count(); ++tab)
        widget(tab)->setVisible(false);
}

void MirrorDetailPane::resizeEvent(QResizeEvent* event)
{
    QTabWidget::resizeEvent(event);
    m_nothing->setGeometry(rect().adjusted(0, tabBar()->height(), 0, 0));
}

void MirrorDetailPane::showMirror(const FleetRow& row, int selected)
{
    tabBar()->setEnabled(true);
    m_nothing->hide();
    if (QWidget* tab = currentWidget())
        tab->setVisible(true);
    m_title->setText(selected > 1
                         ? tr("%1 (the current row; %n mirrors selected)", nullptr, selected)
                               .arg(row.mirror.name)
                         : row.mirror.name);
    m_row = row;
    for (int tab = 0; tab < count(); ++tab)
        m_stale.insert(widget(tab));
    fillCurrentTab();
}

void MirrorDetailPane::fillCurrentTab()
{
    QWidget* tab = currentWidget();
    if (!m_stale.remove(tab))
        return;
    const MirrorRecord& m = m_row.mirror;
    if (tab == m_overview) {
        m_overview->showMirror(m_row);
    } else if (tab == m_runs) {
        m_runs->showMirror(m, m_row.facts);
    } else if (tab == m_configuration) {
        m_configuration->showMirror(m);
    } else if (tab == m_lock) {
        m_lock->showMirror(m_row);
    } else if (tab == m_disk) {
        m_disk->showMirror(m_row);
    } else if (tab == m_freshness) {
        m_freshness->showMirror(m);
    } else if (tab == m_bandwidth) {
        m_bandwidth->showMirror(m);
    } else if (tab == m_audit) {
        const SetupAudit audit = m_row.probed() ? m_row.facts->audit : SetupAudit();
        QList<FactLine> lines;
        for (const AuditItem& item : audit.items)
            lines << FactLine::of(item);
        m_audit->showLines(tr("%1 passed, %2 failed").arg(audit.passed()).arg(audit.failed()),
                           lines);
    } else if (tab == m_firewall) {
        const FirewallVerdict firewall = m_row.probed() ? m_row.facts->firewall : FirewallVerdict();
        QList<FactLine> lines;
        for (const FirewallCheck& check : firewall.checks)
            lines << FactLine::of(check);
        m_firewall->showLines(
            firewall.rulesSource.isEmpty()
                ? tr("The rules could not be read; reachability was tested for real.")
                : tr("Rules read with %1").arg(firewall.rulesSource),
            lines);
    }
}
