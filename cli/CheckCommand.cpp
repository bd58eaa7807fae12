#include "CheckCommand.h"

#include "CliContext.h"
#include "inventory/ProbeHistory.h"
#include "monitor/CurrentVersionsLookup.h"
#include "monitor/FreshnessVerdict.h"
#include "monitor/HttpChecker.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace CheckCommand {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mirrorctl", text);
}

} // namespace

int run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption nameserver(
        QStringLiteral("nameserver"),
        tr("Ask this DNS server for current.cvd.clamav.net (default: the system's)."),
        QStringLiteral("ADDRESS"));
    const QCommandLineOption reference(
        QStringLiteral("reference"), tr("Take the current daily from this mirror instead of DNS."),
        QStringLiteral("MIRROR"));
    parser.addOptions({nameserver, reference});
    parser.addPositionalArgument(QStringLiteral("mirror"),
                                 tr("Mirrors (default: every enabled one)."),
                                 QStringLiteral("[MIRROR...]"));
    if (const auto end = context.parse(
            parser, arguments,
            QStringLiteral(
                "check [MIRROR...] [--nameserver ADDRESS | --reference MIRROR] [--json]")))
        return *end;
    if (!context.openInventory())
        return CliContext::kFailure;
    QList<MirrorRecord> mirrors;
    if (parser.positionalArguments().isEmpty()) {
        for (const MirrorRecord& m : context.inventory().all())
            if (m.enabled)
                mirrors << m;
    }
    for (const QString& name : parser.positionalArguments()) {
        const auto mirror = context.inventory().find(name);
        if (!mirror)
            return context.failure(tr("no mirror %1 in the inventory").arg(name));
        mirrors << *mirror;
    }

    std::optional<int> currentDaily;
    QString currentSource;
    if (!parser.isSet(reference)) {
        CurrentVersionsLookup lookup;
        QObject::connect(&lookup, &CurrentVersionsLookup::finished, &lookup,
                         [&](const Result<CurrentVersions>& v) {
                             if (v) {
                                 currentDaily = v->daily;
                                 currentSource = QStringLiteral("DNS");
                             } else {
                                 context.err()
                                     << tr("mirrorctl: %1; lagging is not judged").arg(v.error())
                                     << Qt::endl;
                             }
                             QCoreApplication::quit();
                         });
        lookup.lookup(parser.isSet(nameserver) ? QHostAddress(parser.value(nameserver))
                                               : QHostAddress());
        QCoreApplication::exec();
    }
    QList<HttpCheck> checks;
    HttpChecker checker;
    checker.setMaxParallelMirrors(context.settings().poolSettings().maxMirrors * 2);
    QObject::connect(&checker, &HttpChecker::checked, &checker,
                     [&](const HttpCheck& c) { checks << c; });
    QObject::connect(&checker, &HttpChecker::finished, &checker, [] { QCoreApplication::quit(); });
    checker.check(mirrors);
    if (checker.busy())
        QCoreApplication::exec();
    if (parser.isSet(reference)) {
        for (const HttpCheck& c : std::as_const(checks)) {
            if (c.mirror == parser.value(reference) &&
                c.cvdVersions.contains(QStringLiteral("daily"))) {
                currentDaily = c.cvdVersions.value(QStringLiteral("daily"));
                currentSource = tr("reference mirror %1").arg(c.mirror);
            }
        }
        if (!currentDaily)
            return context.failure(
                tr("the reference mirror %1 served no daily.cvd").arg(parser.value(reference)));
    }

    const FreshnessThresholds thresholds{
        context.settings().value(QStringLiteral("freshness/old-after-hours")).toDouble(),
        context.settings().value(QStringLiteral("freshness/removed-after-hours")).toDouble()};
    ProbeHistory history(context.database());
    QJsonArray all;
    int notFresh = 0;
    for (const HttpCheck& check : std::as_const(checks)) {
        const auto mirror = context.inventory().find(check.mirror);
        const QList<HistoryEntry> earlier = history.entries(
            mirror->id, QStringLiteral("freshness"),
            check.checkedAt.addSecs(qint64(-thresholds.removedAfterHours * 3600 * 2)));
        const FreshnessVerdict verdict =
            FreshnessJudge::judge(check, currentDaily, earlier, thresholds);
        QJsonObject json = check.toJson();
        json.insert(QStringLiteral("verdict"), FreshnessVerdict::name(verdict.kind));
        json.insert(QStringLiteral("reason"), verdict.reason);
        json.insert(QStringLiteral("dailyLag"), verdict.dailyLag);
        history.record({mirror->id, QStringLiteral("freshness"), check.checkedAt, json});
        notFresh += verdict.kind == FreshnessVerdict::Kind::Fresh ? 0 : 1;
        all.append(json);
        if (!context.json())
            context.out() << QStringLiteral("%1  %2  %3")
                                 .arg(check.mirror.leftJustified(32),
                                      FreshnessVerdict::name(verdict.kind).leftJustified(11),
                                      verdict.reason)
                          << '\n';
    }
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("currentDaily"), currentDaily ? *currentDaily : -1},
                        {QStringLiteral("currentFrom"), currentSource},
                        {QStringLiteral("mirrors"), all}});
    context.out().flush();
    return notFresh ? CliContext::kFailure : CliContext::kOk;
}

} // namespace CheckCommand
