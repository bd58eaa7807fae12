#include "MaintenanceCommand.h"

#include "CliContext.h"
#include "inventory/AuditedInventory.h"
#include "inventory/MaintenanceWindows.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace MaintenanceCommand {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MaintenanceCommand", text);
}

QString shown(const QDateTime& at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int add(CliContext& context, QCommandLineParser& parser, const QStringList& words)
{
    if (words.size() != 2)
        return context.usage(tr("maintenance add takes one mirror"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto from = parseTime(parser.value(QStringLiteral("from")), now);
    const auto until = parseTime(parser.value(QStringLiteral("until")), now);
    if (!from)
        return context.usage(tr("--from takes now, +30m, +2h, +1d or an ISO 8601 time, not \"%1\"")
                                 .arg(parser.value(QStringLiteral("from"))));
    if (!parser.isSet(QStringLiteral("until")) || !until)
        return context.usage(tr("--until takes +30m, +2h, +1d or an ISO 8601 time, not \"%1\"")
                                 .arg(parser.value(QStringLiteral("until"))));
    if (!context.openInventory())
        return CliContext::kFailure;
    const auto mirror = context.inventory().find(words.at(1));
    if (!mirror)
        return context.failure(tr("no mirror %1 in the inventory").arg(words.at(1)));
    MaintenanceWindow window;
    window.mirrorId = mirror->id;
    window.startsAt = *from;
    window.endsAt = *until;
    window.reason = parser.value(QStringLiteral("reason"));
    window.operatorName = AuditTrail::currentOperator();
    const auto added = MaintenanceWindows(context.database()).add(window);
    if (!added)
        return context.usage(added.error());
    context.audit().record(
        mirror->name, QStringLiteral("maintenance-add"),
        tr("%1 to %2: %3").arg(shown(added->startsAt), shown(added->endsAt), added->reason));
    if (context.json())
        context.printJson(QJsonObject{{QStringLiteral("id"), added->id}});
    else
        context.out() << tr("maintenance %1 of %2: %3 to %4")
                             .arg(added->id)
                             .arg(mirror->name, shown(added->startsAt), shown(added->endsAt))
                      << '\n'
                      << Qt::flush;
    return CliContext::kOk;
}

int list(CliContext& context)
{
    if (!context.openInventory())
        return CliContext::kFailure;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<MaintenanceWindow> windows = MaintenanceWindows(context.database()).list(now);
    if (context.json()) {
        QJsonArray all;
        for (const MaintenanceWindow& w : windows)
            all.append(QJsonObject{{QStringLiteral("id"), w.id},
                                   {QStringLiteral("mirror"), w.mirror},
                                   {QStringLiteral("from"), w.startsAt.toString(Qt::ISODate)},
                                   {QStringLiteral("until"), w.endsAt.toString(Qt::ISODate)},
                                   {QStringLiteral("reason"), w.reason},
                                   {QStringLiteral("operator"), w.operatorName},
                                   {QStringLiteral("underWay"), w.coversTime(now)}});
        context.printJson(all);
        return CliContext::kOk;
    }
    for (const MaintenanceWindow& w : windows)
        context.out() << QStringLiteral("%1  %2  %3 to %4%5  %6 (%7)\n")
                             .arg(w.id, 4)
                             .arg(w.mirror, shown(w.startsAt), shown(w.endsAt),
                                  w.coversTime(now) ? tr(", under way") : QString(), w.reason,
                                  w.operatorName);
    if (windows.isEmpty())
        context.out() << tr("no maintenance under way or to come") << '\n';
    context.out().flush();
    return CliContext::kOk;
}

int end(CliContext& context, const QStringList& words)
{
    if (words.size() != 2)
        return context.usage(tr("maintenance end takes a window's number or a mirror"));
    if (!context.openInventory())
        return CliContext::kFailure;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    MaintenanceWindows windows(context.database());
    QList<MaintenanceWindow> ending;
    bool numeric = false;
    const qint64 id = words.at(1).toLongLong(&numeric);
    for (const MaintenanceWindow& w : windows.list(now))
        if ((numeric && w.id == id) ||
            (!numeric && w.mirror.compare(words.at(1), Qt::CaseInsensitive) == 0 &&
             w.coversTime(now)))
            ending << w;
    if (ending.isEmpty())
        return context.failure(tr("no maintenance %1 under way or to come").arg(words.at(1)));
    AuditedInventory audited(context.inventory(), context.audit());
    for (const MaintenanceWindow& w : ending) {
        if (const auto ended = audited.endMaintenance(w); !ended)
            return context.failure(ended.error());
        if (!context.json())
            context.out() << tr("maintenance %1 of %2 ended; the mirror returns to DNS after a "
                                "fresh check")
                                 .arg(w.id)
                                 .arg(w.mirror)
                          << '\n';
    }
    context.out().flush();
    return CliContext::kOk;
}

} // namespace

std::optional<QDateTime> parseTime(const QString& text, const QDateTime& now)
{
    const QString t = text.trimmed();
    if (t.isEmpty() || t == QLatin1String("now"))
        return now;
    static const QRegularExpression relative(QStringLiteral("^\\+(\\d{1,6})([mhd])$"));
    if (const auto m = relative.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = m.captured(2) == QLatin1String("m")   ? 60
                            : m.captured(2) == QLatin1String("h") ? 3600
                                                                  : 86400;
        return now.addSecs(n * unit);
    }
    const QDateTime at = QDateTime::fromString(t, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return at.toUTC();
}

int run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("what"), tr("add MIRROR, list, or end ID|MIRROR."),
                                 QStringLiteral("add|list|end [MIRROR|ID]"));
    parser.addOption({QStringLiteral("from"), tr("When it starts (default now)."),
                      QStringLiteral("WHEN"), QStringLiteral("now")});
    parser.addOption({QStringLiteral("until"), tr("When it ends: +2h, +1d, or an ISO 8601 time."),
                      QStringLiteral("WHEN")});
    parser.addOption(
        {QStringLiteral("reason"), tr("Why, as the admin gave it."), QStringLiteral("TEXT")});
    if (const auto exit = context.parse(parser, arguments,
                                        QStringLiteral("maintenance add MIRROR --until WHEN "
                                                       "--reason TEXT | list | end ID|MIRROR")))
        return *exit;
    const QStringList words = parser.positionalArguments();
    const QString verb = words.value(0);
    if (verb == QLatin1String("add"))
        return add(context, parser, words);
    if (verb == QLatin1String("list") && words.size() == 1)
        return list(context);
    if (verb == QLatin1String("end"))
        return end(context, words);
    return context.usage(tr("maintenance takes add, list or end"));
}

} // namespace MaintenanceCommand
