#pragma once

#include <QWidget>

class FleetSession;
class HeldMails;
class OutboxTableModel;
class QLabel;
class QPushButton;
class QTableView;

// The Activity dock's Mails tab: what the monitoring owes, and in the
// team-first mode the admins' mails an operator sends or drops.
class HeldMailsView : public QWidget
{
    Q_OBJECT

public:
    HeldMailsView(FleetSession& session, QWidget* parent = nullptr);

    OutboxTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QPushButton* sendButton() const { return m_send; }
    QPushButton* dropButton() const { return m_drop; }
    QLabel* status() const { return m_status; }

    void reload();

private:
    void act(bool send);
    void selectionChanged();

    FleetSession& m_session;
    HeldMails* m_mails;
    OutboxTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_send;
    QPushButton* m_drop;
    QLabel* m_status;
};
