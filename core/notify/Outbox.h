#pragma once

#include "notify/MailMessage.h"
#include "util/Result.h"

#include <QList>
#include <QSqlQuery>

class InventoryDatabase;

// The mails owed, in the store: what is due, what waits for an operator,
// and how each attempt ended.
class Outbox
{
public:
    explicit Outbox(InventoryDatabase& database) : m_db(database) {}

    // The prepared insert of one mail, for a caller's own transaction.
    static QSqlQuery insertion(const QSqlDatabase& db, const MailMessage& mail);

    Result<Done> add(const MailMessage& mail);
    // Pending and due by now, oldest first.
    QList<MailMessage> due(const QDateTime& now, int limit = 100) const;
    // In one state, newest first.
    QList<MailMessage> inState(MailMessage::State state, int limit = 500) const;
    std::optional<MailMessage> mail(qint64 id) const;

    Result<Done> markSent(qint64 id, const QDateTime& at);
    // Another attempt at retryAt, or none (Failed) when retryAt is invalid.
    Result<Done> markAttemptFailed(qint64 id, const QString& why, const QDateTime& retryAt);
    // Team-first: a held mail to send now, or never. False when the mail is
    // not held (sent, dropped, or no such mail).
    Result<bool> release(qint64 id, const QDateTime& now);
    Result<bool> drop(qint64 id);

private:
    QList<MailMessage> select(const QString& where, const QVariantList& values) const;
    Result<Done> run(QSqlQuery& q);

    InventoryDatabase& m_db;
};
