#pragma once

#include "notify/AlertEvaluator.h"
#include "notify/MailMessage.h"
#include "util/Result.h"

#include <QHash>

class InventoryDatabase;

// A transition as the store keeps it, for the Activity dock and mirrorctl.
struct AlertEvent
{
    qint64 id = 0;
    AlertTransition transition;
};

// The alerts in the store: each mirror's rule states, every transition, and
// the mails they owe, written together so that what was decided and what
// must be said of it cannot part in a crash.
class AlertBook
{
public:
    explicit AlertBook(InventoryDatabase& database) : m_db(database) {}

    Result<AlertEvaluator::States> states(qint64 mirrorId) const;
    // One transaction: the states replace the mirror's, each transition
    // becomes an event, each mail enters the outbox.
    Result<Done> record(qint64 mirrorId, const AlertEvaluator::States& states,
                        const QList<AlertTransition>& transitions, const QList<MailMessage>& mails);
    // Newest first.
    QList<AlertEvent> events(int limit = 500) const;
    // Raised now, over the fleet, by mirror id.
    QHash<qint64, QList<AlertState>> active() const;

private:
    InventoryDatabase& m_db;
};
