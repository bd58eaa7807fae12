#include "activity/HeldMailsView.h"

#include "activity/OutboxTableModel.h"
#include "service/HeldMails.h"
#include "session/FleetSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

HeldMailsView::HeldMailsView(FleetSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_mails(new HeldMails(session, this)),
      m_model(new OutboxTableModel(this)), m_table(new QTableView(this)),
      m_send(new QPushButton(tr("Send now"), this)), m_drop(new QPushButton(tr("Drop"), this)),
      m_status(new QLabel(this))
{
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Mails owed"));
    m_send->setToolTip(tr("Send the selected held mails to the admins now"));
    m_drop->setToolTip(tr("Never send the selected held mails"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_send);
    buttons->addWidget(m_drop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HeldMailsView::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HeldMailsView::selectionChanged);
    connect(m_send, &QPushButton::clicked, this, [this] { act(true); });
    connect(m_drop, &QPushButton::clicked, this, [this] { act(false); });
    connect(m_mails, &HeldMails::finished, this, [this](bool, const QString& message) {
        m_status->setText(message);
        reload();
    });
    selectionChanged();
}

void HeldMailsView::reload()
{
    m_session.stored().mailsWaiting(
        this, [this](const QList<MailMessage>& mails) { m_model->setMails(mails); });
}

void HeldMailsView::selectionChanged()
{
    bool held = false;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        if (const MailMessage* m = m_model->mail(row.row()))
            held |= m->state == MailMessage::State::Held;
    m_send->setEnabled(held);
    m_drop->setEnabled(held);
}

void HeldMailsView::act(bool send)
{
    QList<MailMessage> chosen;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        if (const MailMessage* m = m_model->mail(row.row());
            m && m->state == MailMessage::State::Held)
            chosen << *m;
    if (chosen.isEmpty())
        return;
    m_status->setText(send ? tr("Sending…") : tr("Dropping…"));
    m_send->setEnabled(false);
    m_drop->setEnabled(false);
    if (send)
        m_mails->send(chosen);
    else
        m_mails->drop(chosen);
}
