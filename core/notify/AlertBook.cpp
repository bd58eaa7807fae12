#include "notify/AlertBook.h"

#include "inventory/InventoryDatabase.h"
#include "notify/Outbox.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("AlertBook", text);
}

QVariant seconds(const QDateTime& at)
{
    return at.isValid() ? QVariant(at.toSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime timeOf(const QVariant& v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

AlertState stateFrom(const QSqlQuery& q, AlertRule rule)
{
    AlertState s;
    s.rule = rule;
    s.active = q.value(1).toBool();
    s.count = q.value(2).toInt();
    s.pendingSince = timeOf(q.value(3));
    s.since = timeOf(q.value(4));
    s.notifiedAt = timeOf(q.value(5));
    s.evidence = q.value(6).toString();
    return s;
}

} // namespace

Result<AlertEvaluator::States> AlertBook::states(qint64 mirrorId) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT rule, active, count, pending_since, since, notified_at, "
                             "evidence FROM alert_states WHERE mirror_id = ?"));
    q.addBindValue(mirrorId);
    if (!q.exec())
        return fail(tr("cannot read the alerts: %1").arg(q.lastError().text()));
    AlertEvaluator::States states;
    while (q.next()) {
        // A rule this build does not know was stored by a newer one: kept
        // there, not judged here.
        if (const auto rule = AlertRules::fromName(q.value(0).toString()))
            states.insert(*rule, stateFrom(q, *rule));
    }
    return states;
}

Result<Done> AlertBook::record(qint64 mirrorId, const AlertEvaluator::States& states,
                               const QList<AlertTransition>& transitions,
                               const QList<MailMessage>& mails)
{
    QSqlDatabase db = m_db.database();
    if (!db.transaction())
        return fail(tr("cannot record the alerts: %1").arg(db.lastError().text()));
    const auto rollBack = [&db](const QSqlQuery& q) {
        const QString why = q.lastError().text();
        db.rollback();
        return fail(tr("cannot record the alerts: %1").arg(why));
    };
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO alert_states (mirror_id, rule, active, count, pending_since, "
        "since, notified_at, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const AlertState& s : states) {
        q.addBindValue(mirrorId);
        q.addBindValue(AlertRules::name(s.rule));
        q.addBindValue(s.active ? 1 : 0);
        q.addBindValue(s.count);
        q.addBindValue(seconds(s.pendingSince));
        q.addBindValue(seconds(s.since));
        q.addBindValue(seconds(s.notifiedAt));
        q.addBindValue(s.evidence);
        if (!q.exec())
            return rollBack(q);
    }
    QSqlQuery e(db);
    e.prepare(QStringLiteral("INSERT INTO alert_events (at, mirror_id, mirror, rule, kind, "
                             "evidence) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const AlertTransition& t : transitions) {
        e.addBindValue(t.at.toSecsSinceEpoch());
        e.addBindValue(t.mirrorId);
        // The fleet's own transitions name no mirror: an empty name, never NULL.
        e.addBindValue(t.mirror.isNull() ? QStringLiteral("") : t.mirror);
        e.addBindValue(AlertRules::name(t.rule));
        e.addBindValue(AlertTransition::kindName(t.kind));
        e.addBindValue(t.evidence);
        if (!e.exec())
            return rollBack(e);
    }
    for (const MailMessage& mail : mails) {
        QSqlQuery m = Outbox::insertion(db, mail);
        if (!m.exec())
            return rollBack(m);
    }
    if (!db.commit()) {
        const QString why = db.lastError().text();
        db.rollback();
        return fail(tr("cannot record the alerts: %1").arg(why));
    }
    return Done{};
}

QList<AlertEvent> AlertBook::events(int limit) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT id, at, mirror_id, mirror, rule, kind, evidence FROM "
                             "alert_events ORDER BY at DESC, id DESC LIMIT ?"));
    q.addBindValue(limit);
    QList<AlertEvent> list;
    if (!q.exec())
        return list;
    while (q.next()) {
        const auto rule = AlertRules::fromName(q.value(4).toString());
        const auto kind = AlertTransition::kindFromName(q.value(5).toString());
        if (!rule || !kind)
            continue;
        list.append({q.value(0).toLongLong(),
                     {q.value(2).toLongLong(), q.value(3).toString(), *rule, *kind,
                      QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC),
                      q.value(6).toString()}});
    }
    return list;
}

QHash<qint64, QList<AlertState>> AlertBook::active() const
{
    QSqlQuery q(m_db.database());
    QHash<qint64, QList<AlertState>> raised;
    if (!q.exec(QStringLiteral("SELECT rule, active, count, pending_since, since, notified_at, "
                               "evidence, mirror_id FROM alert_states WHERE active = 1")))
        return raised;
    while (q.next()) {
        if (const auto rule = AlertRules::fromName(q.value(0).toString()))
            raised[q.value(7).toLongLong()].append(stateFrom(q, *rule));
    }
    return raised;
}
