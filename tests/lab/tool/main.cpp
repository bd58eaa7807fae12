#include "LabControlClient.h"
#include "LabProcess.h"
#include "LabSupervisor.h"
#include "MirrorLab.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

// mirror-lab: starts and stops a lab of real mirrors on loopback.
namespace {

constexpr int kUsage = 2;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString& message, int status = 1)
{
    err() << "mirror-lab: " << message << Qt::endl;
    return status;
}

// Runs the lab in this process until SIGTERM/SIGINT or `down`; reportFd gets
// "ok" once it is ready, or the error.
int supervise(int argc, char** argv, const MirrorLabOptions& options, int reportFd)
{
    QCoreApplication app(argc, argv);
    LabSupervisor supervisor(options);
    QString error;
    const bool ok = supervisor.start(&error);
    const QByteArray report = ok ? QByteArray("ok\n") : error.toUtf8() + '\n';
    if (reportFd >= 0) {
        // From now on the lab's directory exists: keep its warnings there.
        if (ok)
            std::freopen(
                QFile::encodeName(options.dir + QStringLiteral("/supervisor.log")).constData(), "a",
                stderr);
        [[maybe_unused]] const ssize_t written =
            ::write(reportFd, report.constData(), size_t(report.size()));
        ::close(reportFd);
    } else if (ok) {
        out() << QJsonDocument(supervisor.lab().inventory()).toJson() << Qt::flush;
    } else {
        return fail(error);
    }
    return ok ? QCoreApplication::exec() : 1;
}

int up(int argc, char** argv, const MirrorLabOptions& options, bool foreground)
{
    if (foreground)
        return supervise(argc, argv, options, -1);
    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0)
        return fail(QStringLiteral("cannot create a pipe"));
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(report[0]);
        ::setsid();
        std::freopen("/dev/null", "r", stdin);
        std::freopen("/dev/null", "w", stdout);
        std::freopen("/dev/null", "w", stderr);
        ::_exit(supervise(argc, argv, options, report[1]));
    }
    ::close(report[1]);
    QByteArray answer;
    char buffer[512];
    ssize_t n;
    while (!answer.endsWith('\n') && (n = ::read(report[0], buffer, sizeof buffer)) > 0)
        answer.append(buffer, n);
    ::close(report[0]);
    if (answer != "ok\n")
        return fail(answer.isEmpty() ? QStringLiteral("the lab died while starting")
                                     : QString::fromUtf8(answer.trimmed()));
    QFile inventory(options.dir + QStringLiteral("/inventory.json"));
    if (!inventory.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("the lab started but wrote no inventory"));
    out() << inventory.readAll() << Qt::flush;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Starts and stops a lab of real ClamAV mirrors on loopback.\n\n"
                       "Commands:\n"
                       "  up         start a lab and print its inventory (JSON)\n"
                       "  down       stop the lab in --dir and everything it started\n"
                       "  publish    publish a new daily database version upstream\n"
                       "  fault      set a fault on mirror --mirror: ") +
        MirrorLab::faultNames().join(QStringLiteral(", ")) +
        QStringLiteral("\n  inventory  print the running lab's inventory"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("up, down, publish, fault or inventory"));
    const QCommandLineOption dirOption(
        QStringLiteral("dir"), QStringLiteral("The lab's directory."), QStringLiteral("DIR"));
    const QCommandLineOption mirrorsOption(QStringLiteral("mirrors"),
                                           QStringLiteral("How many mirrors (1 to 200)."),
                                           QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption mirrorOption(QStringLiteral("mirror"),
                                          QStringLiteral("Mirror index for fault."),
                                          QStringLiteral("INDEX"));
    const QCommandLineOption triggerOption(
        QStringLiteral("trigger-only"),
        QStringLiteral("Comma-separated mirror indices in trigger-only mode."),
        QStringLiteral("LIST"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo-faults"),
        QStringLiteral("Switch on a spread of faults, for the demo."));
    const QCommandLineOption trafficOption(
        QStringLiteral("demo-traffic"),
        QStringLiteral("Days of freshclam-like access-log lines every mirror served before."),
        QStringLiteral("DAYS"), QStringLiteral("0"));
    const QCommandLineOption foregroundOption(
        QStringLiteral("foreground"),
        QStringLiteral("Keep the lab in this process until interrupted."));
    parser.addOptions({dirOption, mirrorsOption, mirrorOption, triggerOption, demoOption,
                       trafficOption, foregroundOption});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), kUsage);
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (!parser.isSet(dirOption))
        return fail(QStringLiteral("--dir is required"), kUsage);
    const QString dir = QFileInfo(parser.value(dirOption)).absoluteFilePath();

    if (command == QLatin1String("up")) {
        MirrorLabOptions options;
        bool numeric = false;
        options.mirrors = parser.value(mirrorsOption).toInt(&numeric);
        if (!numeric)
            return fail(QStringLiteral("--mirrors takes a number"), kUsage);
        options.dir = dir;
        options.demoFaults = parser.isSet(demoOption);
        options.demoTrafficDays = parser.value(trafficOption).toInt(&numeric);
        if (!numeric || options.demoTrafficDays < 0 || options.demoTrafficDays > 400)
            return fail(QStringLiteral("--demo-traffic takes days from 0 to 400"), kUsage);
        for (const QString& index :
             parser.value(triggerOption).split(QLatin1Char(','), Qt::SkipEmptyParts))
            options.triggerOnly << index.toInt();
        QJsonObject reply;
        QString error;
        if (LabControlClient::send(dir, QStringLiteral("inventory"), &reply, &error))
            return fail(QStringLiteral("a lab already runs in %1; `mirror-lab down --dir %1` first")
                            .arg(dir));
        if (!QDir().mkpath(dir))
            return fail(QStringLiteral("cannot create %1").arg(dir));
        return up(argc, argv, options, parser.isSet(foregroundOption));
    }

    QCoreApplication app(argc, argv);
    QString error;
    QJsonObject reply;
    if (command == QLatin1String("down")) {
        const int stragglers = LabControlClient::bringDown(dir, &error);
        if (stragglers < 0)
            return fail(error);
        if (stragglers > 0)
            err() << "mirror-lab: stopped " << stragglers << " leftover processes" << Qt::endl;
        return 0;
    }
    if (command == QLatin1String("publish") || command == QLatin1String("inventory")) {
        if (!LabControlClient::send(dir, command, &reply, &error))
            return fail(error);
        out() << (command == QLatin1String("publish")
                      ? QString::number(reply.value(QStringLiteral("daily")).toInt()) +
                            QLatin1Char('\n')
                      : QString::fromUtf8(
                            QJsonDocument(reply.value(QStringLiteral("inventory")).toObject())
                                .toJson()));
        return 0;
    }
    if (command == QLatin1String("fault")) {
        if (!parser.isSet(mirrorOption) || positional.size() != 2)
            return fail(
                QStringLiteral("usage: mirror-lab fault --dir DIR --mirror INDEX NAME[=VALUE]"),
                kUsage);
        if (!LabControlClient::send(
                dir,
                QStringLiteral("fault %1 %2").arg(parser.value(mirrorOption), positional.at(1)),
                &reply, &error))
            return fail(error);
        return 0;
    }
    return fail(QStringLiteral("unknown command \"%1\"; see --help").arg(command), kUsage);
}
