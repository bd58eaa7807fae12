#pragma once

#include "detail/FactTableModel.h"

#include <QWidget>

class QLabel;
class QTableView;

// A list of checks with their evidence: the setup audit, the firewall.
class FactTab : public QWidget
{
    Q_OBJECT

public:
    explicit FactTab(const QString& accessibleName, QWidget* parent = nullptr);

    void showLines(const QString& summary, const QList<FactLine>& lines);
    FactTableModel* model() const { return m_model; }

private:
    QLabel* m_summary;
    FactTableModel* m_model;
    QTableView* m_table;
};
