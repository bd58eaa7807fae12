#include "detail/MirrorDetailPane.h"

#include "detail/BandwidthTab.h"
#include "detail/ConfigurationTab.h"
#include "detail/DiskTab.h"
#include "detail/FactTab.h"
#include "detail/FreshnessTab.h"
#include "detail/LockTab.h"
#include "detail/OverviewTab.h"
#include "detail/SyncRunsTab.h"
#include "fleet/FleetTableModel.h"

#include <QJsonArray>

MirrorDetailPane::MirrorDetailPane(ConsoleBackend& backend, QWidget* parent)
    : QTabWidget(parent), m_overview(new OverviewTab(backend, this)),
      m_runs(new SyncRunsTab(backend, this)), m_audit(new FactTab(tr("Setup audit"), this)),
      m_firewall(new FactTab(tr("Firewall"), this)),
      m_configuration(new ConfigurationTab(backend, this)), m_lock(new LockTab(backend, this)),
      m_disk(new DiskTab(this)), m_freshness(new FreshnessTab(backend, this)),
      m_bandwidth(new BandwidthTab(backend, this))
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
    setEnabled(false);
}

void MirrorDetailPane::showMirror(const FleetRow& row)
{
    setEnabled(true);
    const MirrorRecord& m = row.mirror;
    const QJsonObject& f = row.facts;
    m_overview->showMirror(row);
    m_runs->showMirror(m, f);
    m_configuration->showMirror(m);
    m_lock->showMirror(row);
    m_disk->showMirror(row);
    m_freshness->showMirror(m);
    m_bandwidth->showMirror(m);
    const QJsonObject audit = f.value(QStringLiteral("audit")).toObject();
    m_audit->showItems(tr("%1 passed, %2 failed")
                           .arg(audit.value(QStringLiteral("passed")).toInt())
                           .arg(audit.value(QStringLiteral("failed")).toInt()),
                       audit.value(QStringLiteral("items")).toArray());
    const QJsonObject firewall = f.value(QStringLiteral("firewall")).toObject();
    const QString source = firewall.value(QStringLiteral("source")).toString();
    m_firewall->showItems(source.isEmpty()
                              ? tr("The rules could not be read; reachability was tested for real.")
                              : tr("Rules read with %1").arg(source),
                          firewall.value(QStringLiteral("checks")).toArray());
}
