#include "detail/DiskTab.h"

#include "detail/DatabaseFileModel.h"
#include "detail/TrendChart.h"
#include "session/FleetSession.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QTableView>

DiskTab::DiskTab(FleetSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_documentRoot(new QProgressBar(this)),
      m_home(new QProgressBar(this)), m_inodes(new QProgressBar(this)), m_details(new QLabel(this)),
      m_files(new DatabaseFileModel(this)), m_fileTable(new QTableView(this)),
      m_trend(new TrendChart(tr("Disk space over 30 days"), this))
{
    m_fileTable->setModel(m_files);
    m_fileTable->setAccessibleName(tr("Database files"));
    m_fileTable->verticalHeader()->hide();
    m_fileTable->horizontalHeader()->setStretchLastSection(true);
    m_fileTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_documentRoot->setAccessibleName(tr("DocumentRoot usage"));
    m_home->setAccessibleName(tr("Home usage"));
    m_inodes->setAccessibleName(tr("DocumentRoot inodes"));
    auto* layout = new QFormLayout(this);
    layout->addRow(tr("DocumentRoot"), m_documentRoot);
    layout->addRow(tr("Home"), m_home);
    layout->addRow(tr("Inodes"), m_inodes);
    layout->addRow(m_details);
    auto* lower = new QHBoxLayout;
    lower->addWidget(m_fileTable, 2);
    lower->addWidget(m_trend, 3);
    layout->addRow(lower);
}

namespace {

void showUsage(QProgressBar* bar, const std::optional<DiskUsage>& usage, bool bytes)
{
    bar->setEnabled(usage.has_value());
    const qint64 total = usage ? usage->total : 0;
    const qint64 used = usage ? usage->used : 0;
    const qint64 available = usage ? usage->available : 0;
    bar->setRange(0, 1000);
    bar->setValue(total > 0 ? int(used * 1000 / total) : 0);
    const QLocale locale;
    auto size = [&](qint64 kib) {
        return bytes ? locale.formattedDataSize(kib * 1024, 1, QLocale::DataSizeSIFormat)
                     : locale.toString(kib);
    };
    bar->setFormat(!usage ? DiskTab::tr("unknown")
                          : DiskTab::tr("%1 used of %2, %3 free (%4)")
                                .arg(size(used), size(total), size(available), usage->mountPoint));
}

} // namespace

void DiskTab::showMirror(const FleetRow& row)
{
    const DiskFacts disk = row.probed() ? row.facts->disk : DiskFacts();
    showUsage(m_documentRoot, disk.documentRoot, true);
    showUsage(m_home, disk.home, true);
    showUsage(m_inodes, disk.documentRootInodes, false);
    m_files->setFiles(disk.files, QDateTime::currentDateTimeUtc());
    m_fileTable->resizeColumnsToContents();
    plotTrend(row.mirror);
    if (!row.probed()) {
        m_details->setText(row.mirror.accessMode == AccessMode::TriggerOnly
                               ? tr("A trigger-only mirror is never probed.")
                               : tr("Not refreshed yet."));
        return;
    }
    QStringList lines{tr("Database: %n file(s), %1", nullptr, disk.databaseFiles)
                          .arg(QLocale().formattedDataSize(disk.databaseBytes))};
    for (const QString& warning : disk.warnings)
        lines << tr("Warning: %1").arg(warning);
    m_details->setText(lines.join(u'\n'));
}

void DiskTab::plotTrend(const MirrorRecord& mirror)
{
    m_shownId = mirror.id;
    m_session.stored().diskTrend(mirror.id, QDateTime::currentDateTimeUtc().addDays(-30), this,
                                 [this, id = mirror.id](const QList<DiskTrendPoint>& points) {
                                     if (id == m_shownId)
                                         plotTrend(points);
                                 });
}

void DiskTab::plotTrend(const QList<DiskTrendPoint>& points)
{
    TrendChart::Line used{tr("DocumentRoot used"), {}};
    TrendChart::Line free{tr("DocumentRoot free"), {}};
    TrendChart::Line homeFree{tr("Home free"), {}};
    const auto bytes = [](qint64 kib) {
        return double(kib) * 1024;
    };
    for (const DiskTrendPoint& point : points) {
        const qreal x = TrendChart::x(point.at);
        if (point.documentRootUsed && point.documentRootAvailable) {
            used.points.append({x, bytes(*point.documentRootUsed)});
            free.points.append({x, bytes(*point.documentRootAvailable)});
        }
        if (point.homeAvailable)
            homeFree.points.append({x, bytes(*point.homeAvailable)});
    }
    m_trend->plot(tr("Disk space, last 30 days"), TrendChart::Scale::Bytes, {used, free, homeFree},
                  tr("No disk trend yet: each refresh adds a point."));
}
