#include "fleet/FleetTableModel.h"

#include "StatusColours.h"
#include "StatusWords.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QLocale>

void FleetTableModel::setRows(QList<FleetRow> rows)
{
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

void FleetTableModel::updateFacts(const QString& mirror, const QJsonObject& facts,
                                  const std::optional<SyncRun>& lastRun, qint64 sentToday)
{
    const int i = rowOf(mirror);
    if (i < 0)
        return;
    m_rows[i].facts = facts;
    m_rows[i].lastRun = lastRun;
    m_rows[i].sentToday = sentToday;
    m_rows[i].note.clear();
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

void FleetTableModel::updateFreshness(const QString& mirror, const FreshnessResult& freshness)
{
    const int i = rowOf(mirror);
    if (i < 0)
        return;
    m_rows[i].freshness = freshness;
    emit dataChanged(index(i, Verdict), index(i, Daily));
}

void FleetTableModel::setNote(const QString& mirror, const QString& note)
{
    const int i = rowOf(mirror);
    if (i < 0)
        return;
    m_rows[i].note = note;
    emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
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

FirewallCounts firewallCounts(const QJsonObject& facts)
{
    FirewallCounts counts;
    for (const QJsonValue& c : facts.value(QStringLiteral("firewall"))
                                   .toObject()
                                   .value(QStringLiteral("checks"))
                                   .toArray()) {
        const QString result = c.toObject().value(QStringLiteral("result")).toString();
        counts.ok += result == QLatin1String("ok") ? 1 : 0;
        counts.bad += result == QLatin1String("missing") || result == QLatin1String("blocked");
        counts.unknown += result == QLatin1String("unknown") ? 1 : 0;
    }
    return counts;
}

} // namespace

QString FleetTableModel::problemOf(const FleetRow& row) const
{
    if (row.facts.isEmpty())
        return {};
    if (!row.facts.value(QStringLiteral("probed")).toBool())
        return row.facts.value(QStringLiteral("error")).toString();
    if (row.facts.value(QStringLiteral("lock"))
            .toObject()
            .value(QStringLiteral("state"))
            .toString() == QLatin1String("stale"))
        return tr("stale lock");
    if (row.facts.value(QStringLiteral("audit"))
            .toObject()
            .value(QStringLiteral("failed"))
            .toInt() > 0)
        return tr("fails the setup audit");
    if (row.lastRun && row.lastRun->outcome == SyncRunLog::Outcome::Failed)
        return tr("last sync failed");
    if (row.lastRun && row.lastRun->outcome == SyncRunLog::Outcome::Partial)
        return tr("last sync partial");
    return {};
}

QString FleetTableModel::text(const FleetRow& row, int column) const
{
    const QJsonObject& f = row.facts;
    const bool probed = f.value(QStringLiteral("probed")).toBool();
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
    case Timestamp: {
        const auto age = row.freshness ? row.freshness->check.timestampAgeHours() : std::nullopt;
        return age ? tr("%1 h").arg(*age, 0, 'f', 1) : QString();
    }
    case Daily: {
        const auto daily = row.freshness ? row.freshness->check.daily() : std::nullopt;
        return daily ? QString::number(*daily) : QString();
    }
    case Lock:
        return probed ? StatusWords::lockState(f.value(QStringLiteral("lock"))
                                                   .toObject()
                                                   .value(QStringLiteral("state"))
                                                   .toString())
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
        const QJsonObject audit = f.value(QStringLiteral("audit")).toObject();
        return tr("%1 pass, %2 fail")
            .arg(audit.value(QStringLiteral("passed")).toInt())
            .arg(audit.value(QStringLiteral("failed")).toInt());
    }
    case Firewall: {
        if (!probed)
            return {};
        const auto [ok, bad, unknown] = firewallCounts(f);
        // What could not be judged is said too: "2 ok" alone would read as all clear.
        const QString judged = bad ? tr("%n problem(s)", nullptr, bad) : tr("%n ok", nullptr, ok);
        return unknown ? tr("%1, %n unknown", nullptr, unknown).arg(judged) : judged;
    }
    case DiskFree: {
        if (!probed)
            return {};
        const QJsonValue available = f.value(QStringLiteral("disk"))
                                         .toObject()
                                         .value(QStringLiteral("documentRoot"))
                                         .toObject()
                                         .value(QStringLiteral("available"));
        // No df answer is not an empty disk.
        if (!available.isDouble())
            return tr("unknown");
        return QLocale().formattedDataSize(available.toInteger() * 1024, 1,
                                           QLocale::DataSizeSIFormat);
    }
    case SentToday:
        if (row.sentToday < 0)
            return {};
        return QLocale().formattedDataSize(row.sentToday, 1, QLocale::DataSizeSIFormat);
    case Refreshed:
        if (!row.note.isEmpty())
            return row.note;
        if (f.isEmpty())
            return tr("never");
        if (!probed)
            return f.value(QStringLiteral("error")).toString();
        return QLocale().toString(
            QDateTime::fromString(f.value(QStringLiteral("probedAt")).toString(), Qt::ISODate)
                .toLocalTime(),
            QLocale::ShortFormat);
    }
    return {};
}

QVariant FleetTableModel::sortValue(const FleetRow& row, int column)
{
    const QJsonObject& f = row.facts;
    const bool probed = f.value(QStringLiteral("probed")).toBool();
    const auto rank = [](const QString& word, std::initializer_list<const char*> order) {
        int n = 0;
        for (const char* w : order) {
            if (word == QLatin1String(w))
                return QVariant(n);
            ++n;
        }
        return QVariant();
    };
    const auto number = [](const QJsonValue& v) {
        return v.isDouble() ? QVariant(v.toDouble()) : QVariant();
    };
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
    case Timestamp: {
        const auto age = row.freshness ? row.freshness->check.timestampAgeHours() : std::nullopt;
        return age ? QVariant(*age) : QVariant();
    }
    case Daily: {
        const auto daily = row.freshness ? row.freshness->check.daily() : std::nullopt;
        return daily ? QVariant(*daily) : QVariant();
    }
    case Lock:
        return probed ? rank(f.value(QStringLiteral("lock"))
                                 .toObject()
                                 .value(QStringLiteral("state"))
                                 .toString(),
                             {"absent", "held", "stale"})
                      : QVariant();
    case LastSync:
        return row.lastRun ? QVariant(row.lastRun->finishedAt.toMSecsSinceEpoch()) : QVariant();
    case Audit: {
        if (!probed)
            return {};
        const QJsonObject audit = f.value(QStringLiteral("audit")).toObject();
        // Fewest failures first; among equals, most passes first.
        return audit.value(QStringLiteral("failed")).toInt() * 1000.0 -
               audit.value(QStringLiteral("passed")).toInt();
    }
    case Firewall: {
        if (!probed)
            return {};
        const auto [ok, bad, unknown] = firewallCounts(f);
        return bad * 1000.0 + unknown;
    }
    case DiskFree:
        return probed ? number(f.value(QStringLiteral("disk"))
                                   .toObject()
                                   .value(QStringLiteral("documentRoot"))
                                   .toObject()
                                   .value(QStringLiteral("available")))
                      : QVariant();
    case SentToday:
        return row.sentToday < 0 ? QVariant() : QVariant(row.sentToday);
    case Refreshed: {
        const QDateTime at =
            QDateTime::fromString(f.value(QStringLiteral("probedAt")).toString(), Qt::ISODate);
        return row.note.isEmpty() && at.isValid() ? QVariant(at.toMSecsSinceEpoch()) : QVariant();
    }
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
        return index.column() == Lock ? row.facts.value(QStringLiteral("lock"))
                                            .toObject()
                                            .value(QStringLiteral("description"))
                                            .toString()
                                      : problemOf(row);
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
    }
    return {};
}
