#include "notify/Outbox.h"

#include "inventory/InventoryDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QVariant>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("Outbox", text);
}

const QString kColumns = QStringLiteral(
    "id, created_at, mirror, recipient, role, language, subject, body, message_id, state, "
    "attempts, next_attempt_at, sent_at, last_error");

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

} // namespace

QSqlQuery Outbox::insertion(const QSqlDatabase& db, const MailMessage& mail)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox (created_at, mirror, recipient, role, language, "
                             "subject, body, message_id, state, next_attempt_at) VALUES (?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(mail.createdAt.toSecsSinceEpoch());
    // A mail of the fleet's own (the checker's) names no mirror: empty, never NULL.
    q.addBindValue(mail.mirror.isNull() ? QStringLiteral("") : mail.mirror);
    q.addBindValue(mail.recipient);
    q.addBindValue(MailMessage::roleName(mail.role));
    q.addBindValue(mail.language);
    q.addBindValue(mail.subject);
    q.addBindValue(mail.body);
    q.addBindValue(mail.messageId);
    q.addBindValue(MailMessage::stateName(mail.state));
    q.addBindValue(
        (mail.nextAttemptAt.isValid() ? mail.nextAttemptAt : mail.createdAt).toSecsSinceEpoch());
    return q;
}

Result<Done> Outbox::run(QSqlQuery& q)
{
    if (!q.exec())
        return fail(tr("cannot update the outbox: %1").arg(q.lastError().text()));
    return Done{};
}

Result<Done> Outbox::add(const MailMessage& mail)
{
    QSqlQuery q = insertion(m_db.database(), mail);
    return run(q);
}

QList<MailMessage> Outbox::select(const QString& where, const QVariantList& values) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE %2").arg(kColumns, where));
    for (const QVariant& v : values)
        q.addBindValue(v);
    QList<MailMessage> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        MailMessage m;
        m.id = q.value(0).toLongLong();
        m.createdAt = timeOf(q.value(1));
        m.mirror = q.value(2).toString();
        m.recipient = q.value(3).toString();
        m.role = q.value(4).toString() == QLatin1String("admin") ? MailMessage::Role::Admin
                                                                 : MailMessage::Role::Team;
        m.language = q.value(5).toString();
        m.subject = q.value(6).toString();
        m.body = q.value(7).toString();
        m.messageId = q.value(8).toString();
        m.state =
            MailMessage::stateFromName(q.value(9).toString()).value_or(MailMessage::State::Failed);
        m.attempts = q.value(10).toInt();
        m.nextAttemptAt = timeOf(q.value(11));
        m.sentAt = timeOf(q.value(12));
        m.lastError = q.value(13).toString();
        list.append(m);
    }
    return list;
}

QList<MailMessage> Outbox::due(const QDateTime& now, int limit) const
{
    return select(QStringLiteral("state = 'pending' AND next_attempt_at <= ? ORDER BY id LIMIT ?"),
                  {now.toSecsSinceEpoch(), limit});
}

QList<MailMessage> Outbox::inState(MailMessage::State state, int limit) const
{
    return select(QStringLiteral("state = ? ORDER BY id DESC LIMIT ?"),
                  {MailMessage::stateName(state), limit});
}

std::optional<MailMessage> Outbox::mail(qint64 id) const
{
    const QList<MailMessage> one = select(QStringLiteral("id = ?"), {id});
    return one.isEmpty() ? std::nullopt : std::optional<MailMessage>(one.first());
}

Result<Done> Outbox::markSent(qint64 id, const QDateTime& at)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts "
                             "+ 1, last_error = '' WHERE id = ?"));
    q.addBindValue(at.toSecsSinceEpoch());
    q.addBindValue(id);
    return run(q);
}

Result<Done> Outbox::markAttemptFailed(qint64 id, const QString& why, const QDateTime& retryAt)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = "
                             "?, next_attempt_at = ? WHERE id = ?"));
    q.addBindValue(retryAt.isValid() ? QStringLiteral("pending") : QStringLiteral("failed"));
    q.addBindValue(why);
    q.addBindValue(retryAt.isValid() ? retryAt.toSecsSinceEpoch()
                                     : QDateTime::currentSecsSinceEpoch());
    q.addBindValue(id);
    return run(q);
}

Result<bool> Outbox::release(qint64 id, const QDateTime& now)
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("UPDATE outbox SET state = 'pending', next_attempt_at = ? WHERE id = "
                             "? AND state = 'held'"));
    q.addBindValue(now.toSecsSinceEpoch());
    q.addBindValue(id);
    if (auto done = run(q); !done)
        return fail(done.error());
    return q.numRowsAffected() == 1;
}

Result<bool> Outbox::drop(qint64 id)
{
    QSqlQuery q(m_db.database());
    q.prepare(
        QStringLiteral("UPDATE outbox SET state = 'dropped' WHERE id = ? AND state = 'held'"));
    q.addBindValue(id);
    if (auto done = run(q); !done)
        return fail(done.error());
    return q.numRowsAffected() == 1;
}
