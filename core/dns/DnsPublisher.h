#pragma once

#include "dns/DnsPlanner.h"
#include "dns/DnsPublishing.h"
#include "util/LocalCommand.h"

#include <QObject>

// Sends a plan to the DNS: the changed countries as one nsupdate, or every
// country as the zone fragment and the reload command (the fragment before
// it is put back when the reload fails). One publication at a time, never
// blocking the service's loop, each bounded by the timeout; the outcome is
// told from the event loop, never from inside publish().
class DnsPublisher : public QObject
{
    Q_OBJECT

public:
    explicit DnsPublisher(DnsPublishing publishing, QObject* parent = nullptr);

    const DnsPublishing& publishing() const { return m_publishing; }
    bool busy() const { return m_command.busy() || m_writing; }
    // False, with nothing done, when busy or off. header: the first comment.
    bool publish(const DnsPlan& plan, const QString& header);

signals:
    // ok false: what failed, the DNS as it was before (an nsupdate is one
    // transaction; a fragment is replaced whole, and put back whole).
    void finished(bool ok, const QString& why);

private:
    void sendUpdate(const DnsPlan& plan, const QString& header);
    void writeFragment(const DnsPlan& plan, const QString& header);
    void finishLater(bool ok, const QString& why);
    void onCommandFinished(const LocalCommand::Outcome& outcome);

    DnsPublishing m_publishing;
    LocalCommand m_command;
    QString m_program;
    std::optional<QByteArray> m_previousFragment; // none: there was no file
    bool m_writing = false;
};
