#include "detail/SyncRunTableModel.h"

#include "StatusColours.h"
#include "StatusWords.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

void SyncRunTableModel::setRuns(QList<SyncRun> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

const SyncRun* SyncRunTableModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs.at(row) : nullptr;
}

int SyncRunTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SyncRunTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SyncRunTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const SyncRun& r = m_runs.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Outcome:
            return r.exitCode > 0
                       ? tr("%1 (code %2)")
                             .arg(StatusWords::syncOutcome(SyncRun::outcomeName(r.outcome)))
                             .arg(r.exitCode)
                       : StatusWords::syncOutcome(SyncRun::outcomeName(r.outcome));
        case Finished:
            return QLocale().toString(r.finishedAt.toLocalTime(), QLocale::ShortFormat);
        case Changed:
            return r.filesChanged;
        case Deleted:
            return r.filesDeleted;
        case Received:
            return r.bytesReceived < 0 ? QString() : QLocale().formattedDataSize(r.bytesReceived);
        case Error:
            return r.firstError;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Outcome &&
        r.outcome == SyncRunLog::Outcome::Failed)
        return QBrush(StatusColours::text(StatusColours::Status::Bad));
    // rsync's own words for its code.
    if (role == Qt::ToolTipRole && index.column() == Outcome && r.exitCode >= 0)
        return SyncRunLogParser::codeMeaning(r.exitCode);
    if (role == Qt::ForegroundRole && index.column() == Outcome &&
        r.outcome == SyncRunLog::Outcome::Partial)
        return QBrush(StatusColours::text(StatusColours::Status::Warning));
    return {};
}

QVariant SyncRunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Outcome:
        return tr("Result");
    case Finished:
        return tr("Finished");
    case Changed:
        return tr("Changed");
    case Deleted:
        return tr("Deleted");
    case Received:
        return tr("Received");
    case Error:
        return tr("Error");
    }
    return {};
}
