#pragma once

#include "session/FleetRow.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QTimer>

// The fleet, one row per mirror. Updates that arrive together (a refresh's
// results come in bursts) reach the views as one change once the burst is
// handled: one re-sort and one repaint, not one for each mirror.
class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Country,
        Access,
        Verdict,
        Problem,
        Timestamp,
        Daily,
        Lock,
        LastSync,
        Audit,
        Firewall,
        DiskFree,
        SentToday,
        Refreshed,
        Dns, // in its db.XY as the monitor last published it
        ColumnCount
    };

    // The value a column sorts by: a number, a time or a text; an invalid
    // QVariant where the value is not known.
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit FleetTableModel(QObject* parent = nullptr);

    void setRows(QList<FleetRow> rows);
    void updateFacts(const QString& mirror, const MirrorFacts& facts);
    void updateRuns(const QString& mirror, const std::optional<SyncRun>& lastRun, qint64 sentToday);
    void setNote(const QString& mirror, const QString& note);
    void updateFreshness(const QString& mirror, const FreshnessResult& freshness);
    const FleetRow* row(int index) const;
    // The row of the mirror, -1 when it is not in the fleet.
    int rowOf(const QString& mirror) const;
    // Repeats a verdict's word in colour, never replaces it.
    static QColor verdictColour(const QString& verdict);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const FleetRow& row, int column) const;
    static QVariant sortValue(const FleetRow& row, int column);
    // The worst problem, in words; empty when there is none.
    QString problemOf(const FleetRow& row) const;
    void changed(int row);

    QList<FleetRow> m_rows;
    QTimer m_changes;
    int m_firstChanged = -1;
    int m_lastChanged = -1;
};
