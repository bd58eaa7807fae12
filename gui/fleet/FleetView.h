#pragma once

#include "inventory/MirrorRecord.h"

#include <QWidget>

class ConsoleBackend;
class FleetTableModel;
struct FleetRow;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

// The fleet table with its filter, fed by the backend's refreshes.
class FleetView : public QWidget
{
    Q_OBJECT

public:
    explicit FleetView(ConsoleBackend& backend, QWidget* parent = nullptr);

    FleetTableModel* model() const { return m_model; }
    // The rows selected, in the table's order.
    QList<MirrorRecord> selectedMirrors() const;
    QTableView* table() const { return m_table; }

    // Rebuilds the rows from the inventory and the last stored facts.
    void reload();

signals:
    // The selected mirror, again whenever its facts change.
    void mirrorSelected(const FleetRow& row);

private:
    ConsoleBackend& m_backend;
    FleetTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLabel* m_empty;
};
