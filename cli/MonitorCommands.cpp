#include "MonitorCommands.h"

#include "CliContext.h"
#include "app/ConsoleSettings.h"
#include "monitor/FleetExport.h"
#include "monitor/FreshnessSweep.h"
#include "monitor/NagiosReport.h"
#include "monitor/Uptime.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>

namespace MonitorCommands {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MonitorCommands", text);
}

const QCommandLineOption& daysOption()
{
    static const QCommandLineOption days(QStringLiteral("days"),
                                         tr("Uptime over the last N days (default 30)."),
                                         QStringLiteral("N"), QStringLiteral("30"));
    return days;
}

std::optional<int> daysOf(CliContext& context, const QCommandLineParser& parser, int* days)
{
    bool ok = false;
    *days = parser.value(daysOption()).toInt(&ok);
    if (!ok || *days < 1)
        return context.usage(
            tr("--days takes a whole number of days, not \"%1\"").arg(parser.value(daysOption())));
    return std::nullopt;
}

QList<MirrorStatus> statuses(CliContext& context, const QList<MirrorRecord>& mirrors, int days)
{
    const UptimeReport uptime = UptimeReport::build(context.database(), mirrors,
                                                    QDateTime::currentDateTimeUtc().addDays(-days));
    return FleetExport::collect(context.database(), mirrors, uptime);
}

// Writes to --output FILE, or to standard output.
int writeOut(CliContext& context, const QCommandLineParser& parser,
             const QCommandLineOption& output, const QByteArray& text)
{
    if (!parser.isSet(output)) {
        context.out() << QString::fromUtf8(text) << Qt::flush;
        return CliContext::kOk;
    }
    QFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(text) != text.size())
        return context.failure(
            tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
    return CliContext::kOk;
}

} // namespace

int check(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption nameserver(
        QStringLiteral("nameserver"),
        tr("Ask this DNS server for current.cvd.clamav.net (default: the system's)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption reference(
        QStringLiteral("reference"), tr("Take the current daily from this mirror instead of DNS."),
        QStringLiteral("MIRROR"));
    const QCommandLineOption nagios(
        QStringLiteral("nagios"),
        tr("One line for Nagios or Icinga, with perfdata; exit 0 ok, 1 warning (lagging, old), "
           "2 critical (removed, unreachable), 3 unknown."));
    parser.addOptions({nameserver, reference, nagios});
    parser.addPositionalArgument(QStringLiteral("mirror"),
                                 tr("Mirrors (default: every enabled one)."),
                                 QStringLiteral("[MIRROR...]"));
    if (const auto end = context.parse(parser, arguments,
                                       QStringLiteral("check [MIRROR...] [--nameserver ADDRESS | "
                                                      "--reference MIRROR] [--json | --nagios]")))
        return *end;
    QList<MirrorRecord> mirrors;
    if (const auto end = context.mirrorsNamed(parser.positionalArguments(), &mirrors))
        return *end;
    FleetSession& session = context.session();
    session.setFreshnessSource(parser.isSet(nameserver) ? QHostAddress(parser.value(nameserver))
                                                        : QHostAddress(),
                               parser.value(reference));
    QJsonArray all;
    QList<FreshnessResult> results;
    const bool plugin = parser.isSet(nagios);
    QObject scope;
    QObject::connect(&session, &FleetSession::currentVersionsKnown, &scope,
                     [&](std::optional<int>, const QString&, const QString& why) {
                         if (!why.isEmpty() && !plugin)
                             context.err()
                                 << tr("mirrorctl: %1; lagging is not judged").arg(why) << Qt::endl;
                     });
    QObject::connect(&session, &FleetSession::mirrorChecked, &scope, [&](const FreshnessResult& r) {
        all.append(r.toJson());
        results.append(r);
        if (!context.json() && !plugin)
            context.out() << QStringLiteral("%1  %2  %3")
                                 .arg(r.check.mirror.leftJustified(32),
                                      FreshnessVerdict::name(r.verdict.kind).leftJustified(11),
                                      r.verdict.reason)
                          << '\n';
    });
    int notFresh = 0;
    QObject::connect(&session, &FleetSession::freshnessFinished, &scope, [&](int, int count) {
        notFresh = count;
        QCoreApplication::quit();
    });
    session.checkFreshnessOf(mirrors);
    QCoreApplication::exec();
    const std::optional<int> current = session.freshnessSweep().currentDaily();
    if (plugin) {
        const NagiosReport report = NagiosReport::of(
            results, current.has_value(), context.settings().freshnessOptions().thresholds);
        context.out() << report.line << '\n' << Qt::flush;
        return report.code;
    }
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("currentDaily"), current ? *current : -1},
                        {QStringLiteral("currentFrom"), session.freshnessSweep().currentSource()},
                        {QStringLiteral("mirrors"), all}});
    context.out().flush();
    if (parser.isSet(reference) && !current)
        return CliContext::kFailure;
    return notFresh ? CliContext::kFailure : CliContext::kOk;
}

int verdicts(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption csv(QStringLiteral("csv"), tr("Print the status as CSV."));
    parser.addOptions({csv, daysOption()});
    parser.addPositionalArgument(QStringLiteral("mirror"),
                                 tr("Mirrors (default: every enabled one)."),
                                 QStringLiteral("[MIRROR...]"));
    if (const auto end = context.parse(parser, arguments,
                                       QStringLiteral("verdicts [MIRROR...] [--days N] "
                                                      "[--json | --csv]")))
        return *end;
    int days = 0;
    if (const auto end = daysOf(context, parser, &days))
        return *end;
    QList<MirrorRecord> mirrors;
    if (const auto end = context.mirrorsNamed(parser.positionalArguments(), &mirrors))
        return *end;
    const QList<MirrorStatus> all = statuses(context, mirrors, days);
    if (context.json()) {
        context.printJson(FleetExport::statusJson(all, QDateTime::currentDateTimeUtc()));
    } else if (parser.isSet(csv)) {
        context.out() << QString::fromUtf8(FleetExport::statusCsv(all));
    } else {
        for (const MirrorStatus& s : all)
            context.out() << QStringLiteral("%1  %2  %3  %4 % up, %5 % fresh over %6 checks  %7")
                                 .arg(s.mirror.name.leftJustified(32), s.mirror.country,
                                      s.verdict().leftJustified(11))
                                 .arg(s.uptime.uptime() * 100, 5, 'f', 1)
                                 .arg(s.uptime.freshShare() * 100, 5, 'f', 1)
                                 .arg(s.uptime.checks)
                                 .arg(s.latest ? s.latest->verdict.reason : tr("never checked"))
                          << '\n';
    }
    context.out().flush();
    const bool allFresh = std::all_of(all.cbegin(), all.cend(), [](const MirrorStatus& s) {
        return s.verdict() == QLatin1String("fresh");
    });
    return allFresh ? CliContext::kOk : CliContext::kFailure;
}

int exportDns(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption country(QStringLiteral("country"),
                                     tr("Only db.XY.clamav.net of this country."),
                                     QStringLiteral("XY"));
    const QCommandLineOption output(QStringLiteral("output"), tr("Write to FILE."),
                                    QStringLiteral("FILE"));
    parser.addOptions({country, output});
    if (const auto end = context.parse(parser, arguments,
                                       QStringLiteral("export-dns [--country XY] [--output FILE]")))
        return *end;
    QList<MirrorRecord> mirrors;
    if (!context.openInventory())
        return CliContext::kFailure;
    // Disabled mirrors are listed too, so the zone says why they are left out.
    mirrors = context.inventory().all();
    FleetExport::ZoneOptions options = context.settings().zoneOptions();
    options.country = parser.value(country);
    if (!options.country.isEmpty() &&
        std::none_of(mirrors.cbegin(), mirrors.cend(), [&](const MirrorRecord& m) {
            return m.country.compare(options.country, Qt::CaseInsensitive) == 0;
        }))
        return context.failure(tr("no mirror in country %1").arg(options.country));
    return writeOut(context, parser, output,
                    FleetExport::document(context.database(), FleetExport::Format::Zone, options, 0,
                                          QDateTime::currentDateTimeUtc()));
}

int exportHtml(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption output(QStringLiteral("output"), tr("Write to FILE."),
                                    QStringLiteral("FILE"));
    parser.addOptions({output, daysOption()});
    if (const auto end = context.parse(parser, arguments,
                                       QStringLiteral("export-html [--days N] [--output FILE]")))
        return *end;
    int days = 0;
    if (const auto end = daysOf(context, parser, &days))
        return *end;
    if (!context.openInventory())
        return CliContext::kFailure;
    return writeOut(context, parser, output,
                    FleetExport::document(context.database(), FleetExport::Format::Html, {}, days,
                                          QDateTime::currentDateTimeUtc()));
}

} // namespace MonitorCommands
