#include "FactCommands.h"

#include "ActCommands.h"
#include "CliContext.h"
#include "facts/TrafficFacts.h"
#include "inventory/ProbeHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace FactCommands {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FactCommands", text);
}

enum class View
{
    Summary,
    Lock,
    Disk,
    Firewall,
    Audit,
    Log
};

// One line of the audit or firewall listing.
struct FactLineText
{
    QString result, title, evidence, fix;
};

struct Selection
{
    QList<MirrorRecord> mirrors;
    bool cached = false;
};

std::optional<int> select(CliContext& context, const QStringList& arguments,
                          const QString& synopsis, Selection* out, QCommandLineParser& parser)
{
    const QCommandLineOption cached(QStringLiteral("cached"),
                                    tr("Show the last stored facts; do not connect."));
    parser.addOption(cached);
    parser.addPositionalArgument(QStringLiteral("mirror"),
                                 tr("Mirrors (default: every enabled one)."),
                                 QStringLiteral("[MIRROR...]"));
    if (const auto end = context.parse(parser, arguments, synopsis))
        return end;
    out->cached = parser.isSet(cached);
    return context.mirrorsNamed(parser.positionalArguments(), &out->mirrors);
}

// What one mirror's line shows: its facts, or why it was not refreshed.
struct Shown
{
    MirrorFacts facts;
    bool skipped = false; // trigger-only or disabled: not connected to

    QJsonObject toJson() const
    {
        QJsonObject json = facts.toJson();
        if (skipped)
            json.insert(QStringLiteral("skipped"), true);
        return json;
    }
};

MirrorFacts notRefreshed(const QString& mirror, const QString& why)
{
    MirrorFacts facts;
    facts.mirror = mirror;
    facts.error = why;
    return facts;
}

QList<Shown> probeLive(CliContext& context, const QList<MirrorRecord>& mirrors, int* failed)
{
    // The session's own refresh, as the console's: stored the same way.
    FleetSession& session = context.session();
    QList<Shown> results;
    QObject guard;
    QObject::connect(&session, &FleetSession::mirrorRefreshed, &guard,
                     [&](const MirrorFacts& facts) { results << Shown{facts}; });
    QObject::connect(&session, &FleetSession::mirrorSkipped, &guard,
                     [&](const QString& mirror, const QString& why) {
                         results << Shown{notRefreshed(mirror, why), true};
                     });
    QObject::connect(&session, &FleetSession::refreshFinished, &guard, [&](int, int bad) {
        *failed = bad;
        QCoreApplication::quit();
    });
    session.refresh(mirrors);
    if (session.refreshing())
        QCoreApplication::exec();
    return results;
}

QList<Shown> stored(CliContext& context, const QList<MirrorRecord>& mirrors, int* failed)
{
    QList<Shown> results;
    ProbeHistory history(context.database());
    for (const MirrorRecord& m : mirrors) {
        const auto latest = history.latest(m.id, QStringLiteral("probe"));
        if (!latest) {
            results << Shown{notRefreshed(m.name, tr("never refreshed"))};
            ++*failed;
        } else {
            results << Shown{MirrorFacts::fromJson(latest->payload)};
        }
    }
    return results;
}

QString detailLines(const QString& name, const QList<FactLineText>& items)
{
    QStringList out{name + QLatin1Char(':')};
    for (const FactLineText& i : items) {
        out << QStringLiteral("  %1  %2  %3").arg(i.result.leftJustified(10), i.title, i.evidence);
        if (!i.fix.isEmpty())
            out << QStringLiteral("              fix: %1").arg(i.fix);
    }
    return out.join(QLatin1Char('\n'));
}

QString line(const MirrorFacts& f, View view)
{
    const QString& name = f.mirror;
    if (!f.probed)
        return QStringLiteral("%1: %2").arg(name, f.error);
    switch (view) {
    case View::Lock:
        return QStringLiteral("%1: %2").arg(name, f.lock.describe());
    case View::Disk: {
        const DiskUsage root = f.disk.documentRoot.value_or(DiskUsage());
        return QStringLiteral(
                   "%1: DocumentRoot %2 KiB free of %3 (%4% used), database %5 bytes in %6 files%7")
            .arg(name)
            .arg(root.available)
            .arg(root.total)
            .arg(f.disk.documentRoot ? root.usedPercent : 0)
            .arg(f.disk.databaseBytes)
            .arg(f.disk.databaseFiles)
            .arg(f.disk.warnings.isEmpty()
                     ? QString()
                     : QStringLiteral("; ") + f.disk.warnings.join(QStringLiteral("; ")));
    }
    case View::Firewall: {
        QList<FactLineText> items;
        for (const FirewallCheck& c : f.firewall.checks)
            items << FactLineText{FirewallCheck::resultName(c.result), c.title, c.evidence, {}};
        return detailLines(name, items);
    }
    case View::Audit: {
        QList<FactLineText> items;
        for (const AuditItem& i : f.audit.items)
            items << FactLineText{AuditItem::resultName(i.result), i.title, i.evidence,
                                  i.result == AuditItem::Result::Fail ? i.fix : QString()};
        return detailLines(name, items);
    }
    case View::Log:
        return {}; // printed from the stored runs, see log()
    case View::Summary:
        break;
    }
    const auto age = f.timestampAgeHours();
    const QString stamp =
        age ? QStringLiteral(", timestamp %1 h old").arg(*age, 0, 'f', 1) : QString();
    return QStringLiteral("%1: lock %2, audit %3 pass %4 fail, %5 new run(s)%6")
        .arg(name, LockState::kindName(f.lock.kind))
        .arg(f.audit.passed())
        .arg(f.audit.failed())
        .arg(f.newRuns.size())
        .arg(stamp);
}

int show(CliContext& context, const QStringList& arguments, View view, const QString& command)
{
    QCommandLineParser parser;
    Selection selection;
    if (const auto end =
            select(context, arguments, command + QStringLiteral(" [MIRROR...] [--cached] [--json]"),
                   &selection, parser))
        return *end;
    int failed = 0;
    const QList<Shown> facts = selection.cached ? stored(context, selection.mirrors, &failed)
                                                : probeLive(context, selection.mirrors, &failed);
    if (context.json()) {
        QJsonArray array;
        for (const Shown& f : facts)
            array.append(f.toJson());
        context.printJson(array);
    } else {
        for (const Shown& f : facts)
            context.out() << line(f.facts, view) << '\n';
        context.out().flush();
    }
    return failed > 0 ? CliContext::kFailure : CliContext::kOk;
}

} // namespace

int status(CliContext& context, const QStringList& arguments)
{
    // What the console last learnt, without connecting anywhere.
    QStringList cached = arguments;
    if (!cached.contains(QStringLiteral("--cached")))
        cached << QStringLiteral("--cached");
    return show(context, cached, View::Summary, QStringLiteral("status"));
}

int refresh(CliContext& context, const QStringList& arguments)
{
    return show(context, arguments, View::Summary, QStringLiteral("refresh"));
}

int lock(CliContext& context, const QStringList& arguments)
{
    // lock MIRROR --break-stale is an act, not a view.
    if (arguments.contains(QStringLiteral("--break-stale"))) {
        QStringList rest = arguments;
        rest.removeAll(QStringLiteral("--break-stale"));
        QCommandLineParser parser;
        parser.addPositionalArgument(QStringLiteral("mirror"), tr("The mirror."));
        if (const auto end =
                context.parse(parser, rest, QStringLiteral("lock MIRROR --break-stale")))
            return *end;
        if (parser.positionalArguments().size() != 1)
            return context.usage(tr("--break-stale takes exactly one mirror"));
        if (!context.openInventory())
            return CliContext::kFailure;
        return ActCommands::breakStaleLock(context, parser.positionalArguments().first());
    }
    return show(context, arguments, View::Lock, QStringLiteral("lock [MIRROR...] [--break-stale]"));
}

int disk(CliContext& context, const QStringList& arguments)
{
    return show(context, arguments, View::Disk, QStringLiteral("disk"));
}

int firewall(CliContext& context, const QStringList& arguments)
{
    return show(context, arguments, View::Firewall, QStringLiteral("firewall"));
}

int audit(CliContext& context, const QStringList& arguments)
{
    return show(context, arguments, View::Audit, QStringLiteral("audit"));
}

int log(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption run(
        QStringLiteral("run"),
        tr("Print the log of the run that finished at TIME (ISO 8601, as listed)."),
        QStringLiteral("TIME"));
    parser.addOption(run);
    Selection selection;
    if (const auto end = select(context, arguments,
                                QStringLiteral("log [MIRROR...] [--run TIME] [--cached] [--json]"),
                                &selection, parser))
        return *end;
    int failed = 0;
    if (!selection.cached)
        probeLive(context, selection.mirrors, &failed);
    SyncRunStore store(context.database());
    if (parser.isSet(run)) {
        const QDateTime at = QDateTime::fromString(parser.value(run), Qt::ISODate);
        if (selection.mirrors.size() != 1 || !at.isValid())
            return context.usage(
                tr("--run needs one mirror and a time such as 2026-11-24T16:26:03Z"));
        const auto found = store.run(selection.mirrors.first().id, at);
        if (!found)
            return context.failure(tr("no run of %1 finished at %2")
                                       .arg(selection.mirrors.first().name, parser.value(run)));
        context.out() << context.mirrorText(found->log) << Qt::flush;
        return CliContext::kOk;
    }
    QJsonArray all;
    for (const MirrorRecord& mirror : std::as_const(selection.mirrors)) {
        if (!context.json())
            context.out() << mirror.name << ":\n";
        for (const SyncRun& r : store.runs(mirror.id)) {
            const QString time = r.finishedAt.toString(Qt::ISODate);
            if (context.json())
                all.append(QJsonObject{
                    {QStringLiteral("mirror"), mirror.name},
                    {QStringLiteral("finishedAt"), time},
                    {QStringLiteral("outcome"), SyncRun::outcomeName(r.outcome)},
                    {QStringLiteral("exitCode"), r.exitCode},
                    {QStringLiteral("exitMeaning"), SyncRunLogParser::codeMeaning(r.exitCode)},
                    {QStringLiteral("filesChanged"), r.filesChanged},
                    {QStringLiteral("filesDeleted"), r.filesDeleted},
                    {QStringLiteral("bytesReceived"), r.bytesReceived},
                    {QStringLiteral("error"), r.firstError}});
            else
                context.out() << QStringLiteral("  %1  %2  %3 changed  %4 deleted  %5\n")
                                     .arg(time, SyncRun::outcomeName(r.outcome).leftJustified(10))
                                     .arg(r.filesChanged)
                                     .arg(r.filesDeleted)
                                     .arg(context.mirrorText(
                                         r.exitCode > 0
                                             ? QStringLiteral("%1: %2").arg(
                                                   SyncRunLogParser::codeMeaning(r.exitCode),
                                                   r.firstError)
                                             : r.firstError));
        }
    }
    if (context.json())
        context.printJson(all);
    context.out().flush();
    return failed > 0 ? CliContext::kFailure : CliContext::kOk;
}

int bandwidth(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    Selection selection;
    if (const auto end =
            select(context, arguments, QStringLiteral("bandwidth [MIRROR...] [--cached] [--json]"),
                   &selection, parser))
        return *end;
    int failed = 0;
    if (!selection.cached)
        probeLive(context, selection.mirrors, &failed);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ProbeHistory history(context.database());
    QJsonArray all;
    for (const MirrorRecord& mirror : std::as_const(selection.mirrors)) {
        const QList<HistoryEntry> samples =
            history.entries(mirror.id, QStringLiteral("traffic"), now.addDays(-31));
        const MonthTraffic month = TrafficReader::monthToDate(samples, now, mirror.country);
        QHash<QString, qint64> agents;
        for (const HistoryEntry& entry : samples) {
            for (const auto& [agent, count] : TrafficSample::fromJson(entry.payload).topAgents)
                agents[QString::fromUtf8(agent)] += count;
        }
        QJsonObject agentJson;
        for (auto it = agents.cbegin(); it != agents.cend(); ++it)
            agentJson.insert(it.key(), it.value());
        QJsonObject days;
        for (auto it = month.bytesPerDay.cbegin(); it != month.bytesPerDay.cend(); ++it)
            days.insert(
                QDateTime::fromSecsSinceEpoch(it.key(), Qt::UTC).date().toString(Qt::ISODate),
                it.value());
        all.append(QJsonObject{{QStringLiteral("mirror"), mirror.name},
                               {QStringLiteral("monthBytes"), month.bytes},
                               {QStringLiteral("monthRequests"), month.requests},
                               {QStringLiteral("cvdBytes"), month.cvdBytes},
                               {QStringLiteral("cdiffBytes"), month.cdiffBytes},
                               {QStringLiteral("projectedBytes"), month.projectedBytes},
                               {QStringLiteral("expectedLow"), month.expectedLow},
                               {QStringLiteral("expectedHigh"), month.expectedHigh},
                               {QStringLiteral("bytesPerDay"), days},
                               {QStringLiteral("userAgents"), agentJson},
                               {QStringLiteral("interface"), month.interfaceName},
                               {QStringLiteral("interfaceSentBytes"), month.interfaceSentBytes},
                               {QStringLiteral("verdict"), month.verdict}});
        if (!context.json())
            context.out() << mirror.name << ": " << month.verdict << "; " << month.requests
                          << tr(" requests, .cvd ") << month.cvdBytes << tr(" bytes, .cdiff ")
                          << month.cdiffBytes << tr(" bytes") << '\n';
    }
    if (context.json())
        context.printJson(all);
    context.out().flush();
    return failed > 0 ? CliContext::kFailure : CliContext::kOk;
}

} // namespace FactCommands
