#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// One mail the monitor owes somebody: made in the same transaction as the
// transition it tells of, so a restart neither loses nor repeats it.
struct MailMessage
{
    enum class State
    {
        Pending, // to be sent, at nextAttemptAt
        Held,    // team-first: an operator sends or drops it
        Sent,
        Dropped,
        Failed // gave up after its last attempt
    };
    enum class Role
    {
        Team,
        Admin // the mirror's admin, or the alerts address the mirror gave
    };

    qint64 id = 0; // the store's
    QDateTime createdAt;
    QString mirror; // empty: about the fleet
    QString recipient;
    Role role = Role::Team;
    QString language; // en, de, ja
    QString subject;
    QString body;
    // The Message-ID header, the same at every attempt: a mail sent again
    // after a crash between the server's answer and its record is one mail
    // to any client that deduplicates by it.
    QString messageId;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
    QString lastError;

    static QString stateName(State state); // pending, held, sent, dropped, failed
    static std::optional<State> stateFromName(const QString& name);
    static QString roleName(Role role); // team, admin
};
