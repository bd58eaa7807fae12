#pragma once

#include "notify/MailMessage.h"

#include <QAbstractTableModel>

// The mails the monitoring owes: held for an operator (team-first), or
// waiting for the next attempt.
class OutboxTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        State,
        Created,
        To,
        Mirror,
        Subject,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setMails(const QList<MailMessage>& mails);
    const MailMessage* mail(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<MailMessage> m_mails;
};
