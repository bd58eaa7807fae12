#include "MetricsServer.h"
#include "MonitorCommandLine.h"
#include "SystemdNotifier.h"
#include "app/ApplicationInfo.h"
#include "app/ConsoleSettings.h"
#include "secrets/CredentialsFile.h"
#include "service/MonitorService.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

// journald reads a <N> prefix as the priority; a terminal wants the time.
void log(bool foreground, int priority, const QString& line)
{
    const QByteArray text =
        foreground ? QByteArray(QDateTime::currentDateTime().toString(Qt::ISODate).toUtf8() + ' ' +
                                line.toUtf8())
                   : QByteArray('<' + QByteArray::number(priority) + '>' + line.toUtf8());
    std::fprintf(stderr, "%s\n", text.constData());
    std::fflush(stderr);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ApplicationInfo::applyTo(app, QStringLiteral("mirror-monitor"));
    const auto line = MonitorCommandLine::parse(app.arguments());
    if (!line) {
        // Help and the version are answers, on stdout; anything else is a mistake.
        const QStringList args = app.arguments();
        const bool asked =
            args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h")) ||
            args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"));
        std::fprintf(asked ? stdout : stderr, "%s\n", line.error().toLocal8Bit().constData());
        return asked ? 0 : 2;
    }
    const bool foreground = line->foreground;
    const auto password = CredentialsFile::read(line->credentialsFile);
    if (!password) {
        log(foreground, 3, password.error());
        return 1;
    }

    // SIGTERM from systemd and ^C in a terminal end the loop, not the process.
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, signalPipe) != 0)
        return 1;
    QSocketNotifier interrupts(signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&interrupts, &QSocketNotifier::activated, &app, [&app] {
        char byte;
        [[maybe_unused]] const auto read = ::read(signalPipe[0], &byte, 1);
        app.quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);

    SystemdNotifier systemd;
    MonitorService service({line->stateDirectory, *password, line->nameserver, line->dnsKeyFile});
    QObject::connect(&service, &MonitorService::note, &app,
                     [foreground](const QString& text) { log(foreground, 4, text); });
    QObject::connect(
        &service, &MonitorService::alertsRecorded, &app,
        [foreground](const QList<AlertTransition>& transitions, int mails) {
            for (const AlertTransition& t : transitions)
                log(foreground, 5,
                    QStringLiteral("%1 %2 %3: %4")
                        .arg(t.mirror, AlertRules::name(t.rule), AlertTransition::kindName(t.kind),
                             t.evidence));
            if (mails > 0)
                log(foreground, 6,
                    QCoreApplication::translate("mirror-monitor", "%1 mails queued").arg(mails));
        });
    QObject::connect(
        &service, &MonitorService::mailsSent, &app,
        [foreground](int sent, int failed, const QString& why) {
            if (sent > 0 || failed > 0)
                log(foreground, failed > 0 ? 4 : 6,
                    QCoreApplication::translate("mirror-monitor", "mails sent: %1, failed: %2%3")
                        .arg(sent)
                        .arg(failed)
                        .arg(why.isEmpty() ? QString() : QStringLiteral(": ") + why));
        });
    QObject::connect(
        &service, &MonitorService::dnsPublished, &app, [foreground](const DnsPlan& plan) {
            const auto names = [](const QList<DnsChange>& changes) {
                QStringList list;
                for (const DnsChange& c : changes)
                    list << QStringLiteral("%1 (%2)").arg(c.record.mirror, c.country);
                return list.isEmpty() ? QStringLiteral("-") : list.join(QStringLiteral(", "));
            };
            log(foreground, 5,
                QCoreApplication::translate("mirror-monitor",
                                            "DNS updated for %1: in %2; out %3; kept by "
                                            "the removal limit %4")
                    .arg(plan.changed.join(QLatin1Char(' ')), names(plan.added),
                         names(plan.removed), names(plan.deferred)));
        });
    QObject::connect(&service, &MonitorService::sweepFinished, &app,
                     [&systemd, foreground](int checked, int notFresh) {
                         const QString status =
                             QCoreApplication::translate("mirror-monitor",
                                                         "checked %1 mirrors, %2 not fresh")
                                 .arg(checked)
                                 .arg(notFresh);
                         systemd.status(status);
                         log(foreground, 6, status);
                     });
    if (auto started = service.start(); !started) {
        log(foreground, 3, started.error());
        return 1;
    }
    // A port taken costs the dashboards, not the monitoring: it runs on.
    const ConsoleSettings settings(service.session().settingsPath());
    MetricsServer metrics(service);
    if (const int port = settings.value(QStringLiteral("monitor/metrics-port")).toInt(); port > 0) {
        const QHostAddress address(
            settings.value(QStringLiteral("monitor/metrics-address")).toString());
        if (const auto bound = metrics.listen(address, quint16(port)); !bound)
            log(foreground, 3, bound.error());
        else
            log(foreground, 6,
                QCoreApplication::translate("mirror-monitor", "metrics on http://%1:%2/metrics")
                    .arg(address.toString())
                    .arg(*bound));
    }
    systemd.ready(QCoreApplication::translate("mirror-monitor", "checking the fleet in %1")
                      .arg(line->stateDirectory));
    log(foreground, 6,
        QCoreApplication::translate("mirror-monitor", "started over %1").arg(line->stateDirectory));
    const int status = app.exec();
    systemd.stopping();
    log(foreground, 6, QCoreApplication::translate("mirror-monitor", "stopped"));
    return status;
}
