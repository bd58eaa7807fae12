#include "activity/OutboxTableModel.h"

#include <QLocale>

void OutboxTableModel::setMails(const QList<MailMessage>& mails)
{
    beginResetModel();
    m_mails = mails;
    endResetModel();
}

const MailMessage* OutboxTableModel::mail(int row) const
{
    return row >= 0 && row < m_mails.size() ? &m_mails.at(row) : nullptr;
}

int OutboxTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_mails.size());
}

int OutboxTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxTableModel::data(const QModelIndex& index, int role) const
{
    const MailMessage* m = mail(index.row());
    if (!m)
        return {};
    if (role == Qt::ToolTipRole)
        return m->lastError.isEmpty() ? m->body : tr("Last attempt: %1").arg(m->lastError);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case State:
        return m->state == MailMessage::State::Held
                   ? tr("held for you")
                   : tr("to be sent, attempt %1").arg(m->attempts + 1);
    case Created:
        return QLocale().toString(m->createdAt.toLocalTime(), QLocale::ShortFormat);
    case To:
        return m->role == MailMessage::Role::Admin ? tr("%1 (admin)").arg(m->recipient)
                                                   : m->recipient;
    case Mirror:
        return m->mirror;
    case Subject:
        return m->subject;
    }
    return {};
}

QVariant OutboxTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case State:
        return tr("State");
    case Created:
        return tr("Made");
    case To:
        return tr("To");
    case Mirror:
        return tr("Mirror");
    case Subject:
        return tr("Subject");
    }
    return {};
}
