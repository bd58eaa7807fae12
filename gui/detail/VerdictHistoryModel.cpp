#include "detail/VerdictHistoryModel.h"

#include "StatusWords.h"
#include "fleet/FleetTableModel.h"

#include <QLocale>

void VerdictHistoryModel::setChecks(QList<FreshnessResult> oldestFirst)
{
    beginResetModel();
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    m_checks = std::move(oldestFirst);
    endResetModel();
}

int VerdictHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int VerdictHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerdictHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_checks.size())
        return {};
    const FreshnessResult& r = m_checks.at(index.row());
    const QString verdict = FreshnessVerdict::name(r.verdict.kind);
    if (role == Qt::DecorationRole && index.column() == Verdict)
        return FleetTableModel::verdictColour(verdict);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At:
        return QLocale().toString(r.check.checkedAt.toLocalTime(), QLocale::ShortFormat);
    case Verdict:
        return StatusWords::verdict(verdict);
    case TimestampAge: {
        const auto age = r.check.timestampAgeHours();
        return age ? tr("%1 h").arg(*age, 0, 'f', 1) : QString();
    }
    case Daily: {
        const auto daily = r.check.daily();
        return daily ? QString::number(*daily) : QString();
    }
    case Latency:
        return r.check.latencyMs >= 0 ? tr("%1 ms").arg(r.check.latencyMs) : QString();
    case Reason:
        return r.verdict.reason;
    default:
        return {};
    }
}

QVariant VerdictHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case At:
        return tr("Checked");
    case Verdict:
        return tr("Verdict");
    case TimestampAge:
        return tr("Timestamp age");
    case Daily:
        return tr("Daily");
    case Latency:
        return tr("Latency");
    case Reason:
        return tr("Why");
    default:
        return {};
    }
}
