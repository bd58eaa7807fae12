#include "sync/LiveSyncTableModel.h"

#include "StatusColours.h"
#include "fleet/LiveSyncRuns.h"

#include <QBrush>
#include <QGuiApplication>
#include <QPalette>

void LiveSyncTableModel::setRuns(LiveSyncRuns* runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

int LiveSyncTableModel::runAt(int row) const
{
    return m_runs && row >= 0 && row < m_runs->count() ? m_runs->count() - 1 - row : -1;
}

int LiveSyncTableModel::rowOf(int runIndex) const
{
    return m_runs ? m_runs->count() - 1 - runIndex : -1;
}

void LiveSyncTableModel::runAdded(int)
{
    // Newest first: a new run is row 0 and every other row moves down.
    beginInsertRows({}, 0, 0);
    endInsertRows();
}

void LiveSyncTableModel::runChanged(int index)
{
    const int row = rowOf(index);
    emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
}

void LiveSyncTableModel::tick()
{
    if (m_runs && m_runs->activeCount() > 0 && rowCount() > 0)
        emit dataChanged(index(0, Elapsed), index(rowCount() - 1, Elapsed), {Qt::DisplayRole});
}

int LiveSyncTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_runs ? 0 : m_runs->count();
}

int LiveSyncTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

QString lastLine(const QByteArray& log)
{
    const QByteArray trimmed = log.trimmed();
    return QString::fromUtf8(trimmed.mid(trimmed.lastIndexOf('\n') + 1));
}

QString elapsed(const LiveSyncRun& run)
{
    if (!run.started.isValid())
        return {};
    const QDateTime end = run.ended.isValid() ? run.ended : QDateTime::currentDateTimeUtc();
    const qint64 seconds = run.started.secsTo(end);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QVariant LiveSyncTableModel::data(const QModelIndex& index, int role) const
{
    const int runIndex = runAt(index.row());
    if (runIndex < 0)
        return {};
    const LiveSyncRun& run = m_runs->run(runIndex);
    if (role == Qt::ForegroundRole && index.column() == Stage) {
        if (run.stage == LiveSyncRun::Stage::Failed)
            return QBrush(StatusColours::text(StatusColours::Status::Bad));
        if (run.stage == LiveSyncRun::Stage::Succeeded)
            return QBrush(StatusColours::text(StatusColours::Status::Good));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Result)
        return run.messages.trimmed().isEmpty() ? run.result : run.messages.trimmed();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Mirror:
        return run.mirror.name;
    case Access:
        return run.kind == LiveSyncRun::Kind::Followed            ? tr("followed")
               : run.mirror.accessMode == AccessMode::TriggerOnly ? tr("trigger-only")
                                                                  : tr("shell");
    case PushMaster:
        return run.pushMaster;
    case Stage:
        return LiveSyncRun::stageName(run.stage);
    case Elapsed:
        return elapsed(run);
    case Result:
        return run.isOver() ? run.result : lastLine(run.log);
    default:
        return {};
    }
}

QVariant LiveSyncTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Mirror:
        return tr("Mirror");
    case Access:
        return tr("Access");
    case PushMaster:
        return tr("Push master");
    case Stage:
        return tr("Stage");
    case Elapsed:
        return tr("Time");
    case Result:
        return tr("Result or latest line");
    default:
        return {};
    }
}
