#include "fleet/FleetTableModel.h"

#include "StatusColours.h"
#include "StatusWords.h"
#include "session/RowProblem.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

FleetTableModel::FleetTableModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_changes.setSingleShot(true);
    m_changes.setInterval(0);
    connect(&m_changes, &QTimer::timeout, this, [this] {
        const int first = std::exchange(m_firstChanged, -1);
        const int last = std::exchange(m_lastChanged, -1);
        if (first >= 0)
            emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
    });
}

void FleetTableModel::changed(int row)
{
    m_firstChanged = m_firstChanged < 0 ? row : std::min(m_firstChanged, row);
    m_lastChanged = std::max(m_lastChanged, row);
    m_changes.start();
}

void FleetTableModel::setRows(QList<FleetRow> rows)
{
    m_changes.stop();
    m_firstChanged = m_lastChanged = -1;
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int FleetTableModel::rowOf(const QString& mirror) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).mirror.name == mirror)
            return i;
    }
    return -1;
}

void FleetTableModel::updateFacts(const QString& mirror, const MirrorFacts& facts)
{
    const int i = rowOf(mirror);
    if (i < 0)
        return;
    m_rows[i].facts = facts;
    m_rows[i].note.clear();
    changed(i);
}

void FleetTableModel::updateRuns(const QString& mirror, const std::optional<SyncRun>& lastRun,
                                 qint64 sentToday)
{
    const int i = rowOf(mirror);
    if (i < 0)
        return;
    m_rows[i].lastRun = lastRun;
    m_rows[i].sentToday = sentToday;
    // The problem column and the name's colour follow the last run.
    changed(i);
}

void FleetTableModel::updateFreshness(const QString& mirror, const FreshnessResult& freshness)
{
    const int i = rowOf(mirror);
    if (i < 0)
        return;
    m_rows[i].freshness = freshness;
    changed(i);
}

void FleetTableModel::setNote(const QString& mirror, const QString& note)
{
    const int i = rowOf(mirror);
    if (i < 0)
        return;
    m_rows[i].note = note;
    changed(i);
}

const FleetRow* FleetTableModel::row(int index) const
{
    return index >= 0 && index < m_rows.size() ? &m_rows.at(index) : nullptr;
}

int FleetTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int FleetTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor FleetTableModel::verdictColour(const QString& verdict)
{
    return StatusColours::text(StatusColours::ofVerdict(verdict));
}

namespace {

struct FirewallCounts
{
    int ok = 0, bad = 0, unknown = 0;
};

FirewallCounts firewallCounts(const FirewallVerdict& firewall)
{
    FirewallCounts counts;
    for (const FirewallCheck& c : firewall.checks) {
        counts.ok += c.result == FirewallCheck::Result::Ok ? 1 : 0;
        counts.bad += c.bad() ? 1 : 0;
        counts.unknown += c.result == FirewallCheck::Result::Unknown ? 1 : 0;
    }
    return counts;
}

} // namespace

QString FleetTableModel::problemOf(const FleetRow& row) const
{
    // Its problems are the admin's work under way: no alert, no DNS.
    if (row.maintenance)
        return tr("in maintenance until %1: %2")
            .arg(QLocale().toString(row.maintenance->endsAt.toLocalTime(), QLocale::ShortFormat),
                 row.maintenance->reason);
    const auto worst = RowProblem::worst(row);
    if (!worst)
        return {};
    switch (*worst) {
    case RowProblem::Kind::Unreachable:
        return row.facts->error;
    case RowProblem::Kind::StaleLock:
        return tr("stale lock");
    case RowProblem::Kind::FailedSync:
        return tr("last sync failed");
    case RowProblem::Kind::AuditFailure:
        return tr("fails the setup audit");
    case RowProblem::Kind::FirewallProblem:
        return tr("firewall problem");
    case RowProblem::Kind::PartialSync:
        return tr("last sync partial");
    }
    return {};
}

QString FleetTableModel::text(const FleetRow& row, int column) const
{
    const bool probed = row.probed();
    switch (column) {
    case Name:
        return row.mirror.name;
    case Country:
        return row.mirror.country;
    case Access:
        return row.mirror.accessMode == AccessMode::TriggerOnly ? tr("trigger-only") : tr("shell");
    case Verdict: {
        if (!row.freshness)
            return {};
        const QString verdict = FreshnessVerdict::name(row.freshness->verdict.kind);
        const int lag = row.freshness->verdict.dailyLag;
        return verdict == QLatin1String("lagging") ? tr("lagging by %n", nullptr, lag)
                                                   : StatusWords::verdict(verdict);
    }
    case Problem:
        // One line; the whole of it in the tooltip.
        return problemOf(row).section(u'\n', 0, 0);
    case Timestamp: {
        const auto age = row.freshness ? row.freshness->check.timestampAgeHours() : std::nullopt;
        return age ? tr("%1 h").arg(*age, 0, 'f', 1) : QString();
    }
    case Daily: {
        const auto daily = row.freshness ? row.freshness->check.daily() : std::nullopt;
        return daily ? QString::number(*daily) : QString();
    }
    case Lock:
        return probed ? StatusWords::lockState(LockState::kindName(row.facts->lock.kind))
                      : QString();
    case LastSync:
        if (!row.lastRun)
            return {};
        return tr("%1 %2").arg(
            StatusWords::syncOutcome(SyncRun::outcomeName(row.lastRun->outcome)),
            QLocale().toString(row.lastRun->finishedAt.toLocalTime(), QLocale::ShortFormat));
    case Audit: {
        if (!probed)
            return {};
        return tr("%1 pass, %2 fail").arg(row.facts->audit.passed()).arg(row.facts->audit.failed());
    }
    case Firewall: {
        if (!probed)
            return {};
        const auto [ok, bad, unknown] = firewallCounts(row.facts->firewall);
        // What could not be judged is said too: "2 ok" alone would read as all clear.
        const QString judged = bad ? tr("%n problem(s)", nullptr, bad) : tr("%n ok", nullptr, ok);
        return unknown ? tr("%1, %n unknown", nullptr, unknown).arg(judged) : judged;
    }
    case DiskFree: {
        if (!probed)
            return {};
        const auto& documentRoot = row.facts->disk.documentRoot;
        // No df answer is not an empty disk.
        if (!documentRoot)
            return tr("unknown");
        return QLocale().formattedDataSize(documentRoot->available * 1024, 1,
                                           QLocale::DataSizeSIFormat);
    }
    case SentToday:
        if (row.sentToday < 0)
            return {};
        return QLocale().formattedDataSize(row.sentToday, 1, QLocale::DataSizeSIFormat);
    case Refreshed:
        if (!row.note.isEmpty())
            return row.note;
        if (!row.facts)
            return tr("never");
        if (!probed)
            return row.facts->error;
        return QLocale().toString(row.facts->probedAt.toLocalTime(), QLocale::ShortFormat);
    case Dns:
        if (!row.inDns)
            return {};
        return *row.inDns ? tr("in") : tr("out");
    }
    return {};
}

QVariant FleetTableModel::sortValue(const FleetRow& row, int column)
{
    const bool probed = row.probed();
    switch (column) {
    case Name:
        return row.mirror.name;
    case Country:
        return row.mirror.country;
    case Access:
        return row.mirror.accessMode == AccessMode::TriggerOnly ? 1 : 0;
    case Verdict:
        // By severity (the kinds' order), lagging by 1 before lagging by 3.
        return row.freshness ? QVariant(int(row.freshness->verdict.kind) * 1e6 +
                                        row.freshness->verdict.dailyLag)
                             : QVariant();
    case Problem: {
        // The worst first, then those in maintenance; a row without one
        // after every row with one.
        const auto worst = RowProblem::worst(row);
        const int none = int(RowProblem::kinds().size());
        return row.maintenance ? none : worst ? int(*worst) : none + 1;
    }
    case Timestamp: {
        const auto age = row.freshness ? row.freshness->check.timestampAgeHours() : std::nullopt;
        return age ? QVariant(*age) : QVariant();
    }
    case Daily: {
        const auto daily = row.freshness ? row.freshness->check.daily() : std::nullopt;
        return daily ? QVariant(*daily) : QVariant();
    }
    case Lock:
        // Absent, held, stale: the kinds' order; unknown goes last.
        return probed && row.facts->lock.kind != LockState::Kind::Unknown
                   ? QVariant(int(row.facts->lock.kind))
                   : QVariant();
    case LastSync:
        return row.lastRun ? QVariant(row.lastRun->finishedAt.toMSecsSinceEpoch()) : QVariant();
    case Audit: {
        if (!probed)
            return {};
        // Fewest failures first; among equals, most passes first.
        return row.facts->audit.failed() * 1000.0 - row.facts->audit.passed();
    }
    case Firewall: {
        if (!probed)
            return {};
        const auto [ok, bad, unknown] = firewallCounts(row.facts->firewall);
        return bad * 1000.0 + unknown;
    }
    case DiskFree:
        return probed && row.facts->disk.documentRoot
                   ? QVariant(double(row.facts->disk.documentRoot->available))
                   : QVariant();
    case SentToday:
        return row.sentToday < 0 ? QVariant() : QVariant(row.sentToday);
    case Refreshed: {
        const QDateTime at = row.facts ? row.facts->probedAt : QDateTime();
        return row.note.isEmpty() && at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
    }
    case Dns:
        return row.inDns ? QVariant(*row.inDns ? 0 : 1) : QVariant();
    }
    return {};
}

QVariant FleetTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const FleetRow& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case SortRole:
        return sortValue(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Verdict || index.column() == Timestamp)
            return row.freshness ? row.freshness->verdict.reason : QString();
        if (index.column() == Lock)
            return row.probed() ? row.facts->lock.describe() : QString();
        if (index.column() == Dns && row.inDns)
            return *row.inDns
                       ? tr("In its country's db.XY record, as the monitor last published it")
                       : tr("Out of its country's db.XY record, as the monitor last published "
                            "it; the monitor's log says why");
        return problemOf(row);
    case Qt::DecorationRole:
        if (index.column() == Verdict && row.freshness)
            return verdictColour(FreshnessVerdict::name(row.freshness->verdict.kind));
        return {};
    case Qt::ForegroundRole:
        // Colour repeats what the text says, never replaces it.
        if (index.column() == Name && !problemOf(row).isEmpty())
            return QBrush(StatusColours::text(StatusColours::Status::Bad));
        return {};
    default:
        return {};
    }
}

QVariant FleetTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Mirror");
    case Country:
        return tr("CC");
    case Access:
        return tr("Access");
    case Verdict:
        return tr("Verdict");
    case Problem:
        return tr("Problem");
    case Timestamp:
        return tr("Timestamp age");
    case Daily:
        return tr("Daily");
    case Lock:
        return tr("Lock");
    case LastSync:
        return tr("Last sync");
    case Audit:
        return tr("Setup audit");
    case Firewall:
        return tr("Firewall");
    case DiskFree:
        return tr("Disk free");
    case SentToday:
        return tr("Sent today");
    case Refreshed:
        return tr("Refreshed");
    case Dns:
        return tr("DNS");
    }
    return {};
}
