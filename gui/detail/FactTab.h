#pragma once

#include "detail/FactTableModel.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

// A list of checks with their evidence, failures first: the setup audit, the
// firewall. The chosen check's evidence and fix are read in full below the
// list, the fix ready to copy.
class FactTab : public QWidget
{
    Q_OBJECT

public:
    explicit FactTab(const QString& accessibleName, QWidget* parent = nullptr);

    void showLines(const QString& summary, const QList<FactLine>& lines);
    FactTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QLabel* evidence() const { return m_evidence; }
    QPlainTextEdit* fix() const { return m_fix; }
    QPushButton* copyFixButton() const { return m_copy; }

private:
    void showDetails(int row);

    QLabel* m_summary;
    FactTableModel* m_model;
    QTableView* m_table;
    QLabel* m_evidence;
    QPlainTextEdit* m_fix;
    QPushButton* m_copy;
};
