#include "SyncCommands.h"

#include "CliContext.h"
#include "fleet/LiveSyncRuns.h"
#include "remote/RemoteValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace SyncCommands {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SyncCommands", text);
}

// Prints the logs of the runs from first on line by line, each line led by
// its mirror's name so that runs on many mirrors at once stay readable, until
// every run ended.
int watch(CliContext& context, LiveSyncRuns& runs, int first)
{
    // A line longer than this is printed in pieces: a mirror may send no newline.
    constexpr qsizetype kLongestLine = 64 * 1024;
    QHash<int, QByteArray> partial;
    auto print = [&](int index, const QByteArray& chunk) {
        QByteArray& pending = partial[index];
        qsizetype from = pending.size();
        pending += chunk;
        qsizetype start = 0;
        for (;;) {
            qsizetype end = pending.indexOf('\n', from);
            if (end < 0 && pending.size() - start >= kLongestLine)
                end = start + kLongestLine - 1;
            if (end < 0)
                break;
            context.out() << runs.run(index).mirror.name << ": "
                          << context.mirrorText(pending.mid(start, end + 1 - start));
            if (pending.at(end) != '\n')
                context.out() << '\n';
            start = from = end + 1;
        }
        pending.remove(0, start);
        context.out().flush();
    };
    QObject guard;
    if (!context.json())
        QObject::connect(&runs, &LiveSyncRuns::output, &guard, print);
    QObject::connect(&runs, &LiveSyncRuns::runEnded, &guard, [&](int index) {
        if (!context.json() && !partial.value(index).isEmpty())
            print(index, "\n");
    });
    QObject::connect(&runs, &LiveSyncRuns::allEnded, &guard, &QCoreApplication::quit);
    if (runs.activeCount() > 0)
        QCoreApplication::exec();
    int failures = 0;
    QJsonArray all;
    for (int i = first; i < runs.count(); ++i) {
        const LiveSyncRun& run = runs.run(i);
        const bool ok = run.stage == LiveSyncRun::Stage::Succeeded;
        failures += ok ? 0 : 1;
        if (context.json()) {
            all.append(QJsonObject{{QStringLiteral("mirror"), run.mirror.name},
                                   {QStringLiteral("pushMaster"), run.pushMaster},
                                   {QStringLiteral("stage"), LiveSyncRun::stageName(run.stage)},
                                   {QStringLiteral("result"), run.result},
                                   {QStringLiteral("messages"), run.messages.trimmed()}});
            continue;
        }
        const QString line =
            QStringLiteral("%1: %2: %3")
                .arg(run.mirror.name, LiveSyncRun::stageName(run.stage), run.result);
        (ok ? context.out() : context.err()) << context.mirrorText(line) << Qt::endl;
        if (!ok && !run.messages.trimmed().isEmpty())
            context.err() << run.mirror.name << ": " << context.mirrorText(run.messages.trimmed())
                          << Qt::endl;
    }
    if (context.json())
        context.printJson(all);
    return failures ? CliContext::kFailure : CliContext::kOk;
}

} // namespace

int trigger(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption host(QStringLiteral("rsync-host"),
                                  tr("Push master: rsync1 or rsync2 (default: the mirror's)."),
                                  QStringLiteral("HOST"));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("Follow the syncs to their end, printing their logs."));
    parser.addOptions({host, wait});
    parser.addPositionalArgument(QStringLiteral("mirror"), tr("Mirrors to sync."),
                                 QStringLiteral("MIRROR..."));
    if (const auto end = context.parse(
            parser, arguments,
            QStringLiteral("trigger MIRROR... [--rsync-host rsync1|rsync2] [--wait]")))
        return *end;
    if (parser.positionalArguments().isEmpty())
        return context.usage(tr("trigger needs at least one mirror"));
    if (parser.isSet(host)) {
        if (const QString problem =
                RemoteValue::pushMasterProblem(LiveSyncRuns::pushMasterHost(parser.value(host)));
            !problem.isEmpty())
            return context.usage(problem);
    }
    QList<MirrorRecord> mirrors;
    if (const auto end = context.mirrorsNamed(parser.positionalArguments(), &mirrors))
        return *end;
    // Every push master checked before any sync starts.
    for (const MirrorRecord& mirror : std::as_const(mirrors)) {
        const QString pushMaster = LiveSyncRuns::syncHost(mirror, parser.value(host));
        if (const QString problem = RemoteValue::pushMasterProblem(pushMaster); !problem.isEmpty())
            return context.failure(tr("%1: no sync started: %2").arg(mirror.name, problem));
    }
    QList<MirrorRecord> followed;
    for (const MirrorRecord& mirror : std::as_const(mirrors)) {
        if (parser.isSet(wait) || mirror.accessMode == AccessMode::TriggerOnly) {
            followed << mirror;
            continue;
        }
        // Without --wait the script is left running on its own on a shell mirror.
        const auto [started, said] = context.act(mirror.name, [&] {
            context.session().startDetachedSync(mirror, parser.isSet(host) ? parser.value(host)
                                                                           : QString());
        });
        if (!started)
            return context.failure(said);
        if (!context.json())
            context.out() << tr("%1: %2").arg(mirror.name, said) << Qt::endl;
    }
    for (const MirrorRecord& mirror : std::as_const(followed)) {
        if (mirror.accessMode == AccessMode::TriggerOnly && !parser.isSet(wait))
            context.err() << tr("%1 is trigger-only: the sync runs while the connection stays "
                                "open; waiting")
                                 .arg(mirror.name)
                          << Qt::endl;
    }
    LiveSyncRuns& runs = context.session().syncs();
    const int first = runs.count();
    context.session().triggerSync(followed, parser.isSet(host) ? parser.value(host) : QString());
    return watch(context, runs, first);
}

int follow(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("mirror"), tr("Mirrors whose sync to follow."),
                                 QStringLiteral("MIRROR..."));
    if (const auto end =
            context.parse(parser, arguments, QStringLiteral("follow MIRROR... [--json]")))
        return *end;
    if (parser.positionalArguments().isEmpty())
        return context.usage(tr("follow needs at least one mirror"));
    QList<MirrorRecord> mirrors;
    if (const auto end = context.mirrorsNamed(parser.positionalArguments(), &mirrors))
        return *end;
    LiveSyncRuns& runs = context.session().syncs();
    const int first = runs.count();
    for (const MirrorRecord& mirror : std::as_const(mirrors))
        runs.follow(mirror);
    return watch(context, runs, first);
}

} // namespace SyncCommands
