#include "detail/VerdictHistoryModel.h"

#include "StatusWords.h"
#include "fleet/FleetTableModel.h"

#include <QLocale>

void VerdictHistoryModel::setEntries(QList<HistoryEntry> oldestFirst)
{
    beginResetModel();
    std::reverse(oldestFirst.begin(), oldestFirst.end());
    m_entries = std::move(oldestFirst);
    endResetModel();
}

int VerdictHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int VerdictHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VerdictHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const HistoryEntry& e = m_entries.at(index.row());
    const QJsonObject& p = e.payload;
    const QString verdict = p.value(QStringLiteral("verdict")).toString();
    if (role == Qt::DecorationRole && index.column() == Verdict)
        return FleetTableModel::verdictColour(verdict);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case At:
        return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
    case Verdict:
        return StatusWords::verdict(verdict);
    case TimestampAge: {
        const QJsonValue age = p.value(QStringLiteral("timestampAgeHours"));
        return age.isDouble() ? tr("%1 h").arg(age.toDouble(), 0, 'f', 1) : QString();
    }
    case Daily: {
        const QJsonValue daily =
            p.value(QStringLiteral("cvdVersions")).toObject().value(QStringLiteral("daily"));
        return daily.isDouble() ? QString::number(daily.toInt()) : QString();
    }
    case Latency: {
        const qint64 ms = p.value(QStringLiteral("latencyMs")).toInteger(-1);
        return ms >= 0 ? tr("%1 ms").arg(ms) : QString();
    }
    case Reason:
        return p.value(QStringLiteral("reason")).toString();
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
