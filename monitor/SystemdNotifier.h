#pragma once

#include <QObject>
#include <QTimer>

// What systemd hears of the service (Type=notify): READY=1 once it is up,
// a STATUS line after each sweep, WATCHDOG=1 at half the unit's WatchdogSec
// while the event loop turns, STOPPING=1 on the way out. Without
// NOTIFY_SOCKET (a terminal) each call does nothing.
class SystemdNotifier : public QObject
{
    Q_OBJECT

public:
    explicit SystemdNotifier(QObject* parent = nullptr);

    void ready(const QString& status);
    void status(const QString& status);
    void stopping();
    bool watchdogEnabled() const { return m_watchdog.isActive(); }

private:
    static void send(const QByteArray& state);

    QTimer m_watchdog;
};
