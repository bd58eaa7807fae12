#pragma once

#include <QWidget>

class ConsoleBackend;
class QPlainTextEdit;
class QTableView;
class SyncRunTableModel;

// A mirror's sync runs as the console kept them, and the log of the one
// selected.
class SyncRunsTab : public QWidget
{
    Q_OBJECT

public:
    explicit SyncRunsTab(ConsoleBackend& backend, QWidget* parent = nullptr);

    void showMirror(qint64 mirrorId);
    SyncRunTableModel* model() const { return m_model; }
    QPlainTextEdit* logView() const { return m_log; }
    QTableView* table() const { return m_table; }

private:
    void showRun(int row);

    ConsoleBackend& m_backend;
    SyncRunTableModel* m_model;
    QTableView* m_table;
    QPlainTextEdit* m_log;
    qint64 m_mirrorId = 0;
};
