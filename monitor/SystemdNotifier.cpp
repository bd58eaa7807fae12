#include "SystemdNotifier.h"

#include <systemd/sd-daemon.h>

SystemdNotifier::SystemdNotifier(QObject* parent) : QObject(parent)
{
    uint64_t usec = 0;
    if (sd_watchdog_enabled(0, &usec) > 0 && usec > 0) {
        m_watchdog.setInterval(std::chrono::milliseconds(std::max<uint64_t>(usec / 2000, 1)));
        // A ping proves the event loop turns: a hung loop stops them and
        // systemd restarts the service.
        connect(&m_watchdog, &QTimer::timeout, this, [] { send("WATCHDOG=1"); });
        m_watchdog.start();
    }
}

void SystemdNotifier::send(const QByteArray& state)
{
    sd_notify(0, state.constData());
}

void SystemdNotifier::ready(const QString& status)
{
    QString line = status;
    send("READY=1\nSTATUS=" + line.replace(QLatin1Char('\n'), QLatin1Char(' ')).toUtf8());
}

void SystemdNotifier::status(const QString& status)
{
    QString line = status;
    send("STATUS=" + line.replace(QLatin1Char('\n'), QLatin1Char(' ')).toUtf8());
}

void SystemdNotifier::stopping()
{
    send("STOPPING=1");
}
