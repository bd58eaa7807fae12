#include "fleet/MirrorFacts.h"

#include "inventory/MirrorRecord.h"
#include "remote/ProbeOutput.h"

#include <QJsonArray>

namespace {

QJsonObject usageJson(const std::optional<DiskUsage>& usage)
{
    if (!usage)
        return {};
    return {{QStringLiteral("filesystem"), usage->filesystem},
            {QStringLiteral("mountPoint"), usage->mountPoint},
            {QStringLiteral("total"), usage->total},
            {QStringLiteral("used"), usage->used},
            {QStringLiteral("available"), usage->available},
            {QStringLiteral("usedPercent"), usage->usedPercent}};
}

QJsonArray filesJson(const QList<DatabaseFile>& files)
{
    QJsonArray array;
    for (const DatabaseFile& file : files)
        array.append(
            QJsonObject{{QStringLiteral("name"), file.name},
                        {QStringLiteral("bytes"), file.bytes},
                        {QStringLiteral("modified"), file.modified.toString(Qt::ISODate)}});
    return array;
}

} // namespace

QJsonObject MirrorFacts::toJson() const
{
    QJsonObject json{{QStringLiteral("mirror"), mirror}, {QStringLiteral("probed"), probed}};
    if (probedAt.isValid())
        json.insert(QStringLiteral("probedAt"), probedAt.toString(Qt::ISODate));
    if (!probed) {
        json.insert(QStringLiteral("error"), error);
        return json;
    }
    json.insert(QStringLiteral("systemHostname"), systemHostname);
    json.insert(
        QStringLiteral("lock"),
        QJsonObject{
            {QStringLiteral("state"), LockState::kindName(lock.kind)},
            {QStringLiteral("ageSeconds"), lock.ageSeconds},
            {QStringLiteral("path"), lock.path},
            {QStringLiteral("forcedAwayFrom"), lock.kind == LockState::Kind::Stale
                                                   ? lock.forcedAwayFrom().toString(Qt::ISODate)
                                                   : QString()},
            {QStringLiteral("since"), lock.since.toString(Qt::ISODate)},
            {QStringLiteral("runningWithoutLock"), lock.syncRunningWithoutLock},
            {QStringLiteral("syncProcesses"), QJsonArray::fromStringList(lock.syncProcesses)},
            {QStringLiteral("description"), lock.describe()}});
    json.insert(
        QStringLiteral("disk"),
        QJsonObject{{QStringLiteral("documentRoot"), usageJson(disk.documentRoot)},
                    {QStringLiteral("home"), usageJson(disk.home)},
                    {QStringLiteral("documentRootInodes"), usageJson(disk.documentRootInodes)},
                    {QStringLiteral("databaseBytes"), disk.databaseBytes},
                    {QStringLiteral("databaseFiles"), disk.databaseFiles},
                    {QStringLiteral("files"), filesJson(disk.files)},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(disk.warnings)}});
    QJsonArray items;
    for (const AuditItem& i : audit.items)
        items.append(QJsonObject{{QStringLiteral("id"), i.id},
                                 {QStringLiteral("title"), i.title},
                                 {QStringLiteral("result"), AuditItem::resultName(i.result)},
                                 {QStringLiteral("evidence"), i.evidence},
                                 {QStringLiteral("fix"), i.fix}});
    json.insert(QStringLiteral("audit"), QJsonObject{{QStringLiteral("passed"), audit.passed()},
                                                     {QStringLiteral("failed"), audit.failed()},
                                                     {QStringLiteral("items"), items}});
    QJsonArray checks;
    for (const FirewallCheck& c : firewall.checks)
        checks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                  {QStringLiteral("title"), c.title},
                                  {QStringLiteral("result"), FirewallCheck::resultName(c.result)},
                                  {QStringLiteral("evidence"), c.evidence},
                                  {QStringLiteral("fix"), c.fix}});
    json.insert(QStringLiteral("firewall"),
                QJsonObject{{QStringLiteral("source"), firewall.rulesSource},
                            {QStringLiteral("checks"), checks}});
    QJsonArray runs;
    for (const SyncRun& r : newRuns)
        runs.append(QJsonObject{{QStringLiteral("finishedAt"), r.finishedAt.toString(Qt::ISODate)},
                                {QStringLiteral("outcome"), SyncRun::outcomeName(r.outcome)},
                                {QStringLiteral("exitCode"), r.exitCode},
                                {QStringLiteral("filesChanged"), r.filesChanged},
                                {QStringLiteral("error"), r.firstError}});
    json.insert(QStringLiteral("newRuns"), runs);
    json.insert(QStringLiteral("syncLogLive"), syncLogLive);
    if (timestampModified.isValid()) {
        json.insert(QStringLiteral("timestampModified"), timestampModified.toString(Qt::ISODate));
        if (const auto age = timestampAgeHours())
            json.insert(QStringLiteral("timestampAgeHours"), *age);
    }
    return json;
}

namespace {

QDateTime timeFrom(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODate);
}

std::optional<DiskUsage> usageFrom(const QJsonValue& value, DiskUsage::Unit unit)
{
    const QJsonObject o = value.toObject();
    if (o.isEmpty())
        return std::nullopt;
    DiskUsage usage;
    usage.unit = unit;
    usage.filesystem = o.value(QStringLiteral("filesystem")).toString();
    usage.mountPoint = o.value(QStringLiteral("mountPoint")).toString();
    usage.total = o.value(QStringLiteral("total")).toInteger();
    usage.used = o.value(QStringLiteral("used")).toInteger();
    usage.available = o.value(QStringLiteral("available")).toInteger();
    usage.usedPercent = o.value(QStringLiteral("usedPercent")).toInt(-1);
    return usage;
}

QStringList stringsFrom(const QJsonValue& value)
{
    QStringList strings;
    for (const QJsonValue& v : value.toArray())
        strings << v.toString();
    return strings;
}

template <typename Enum>
Enum byName(const QString& name, QString (*nameOf)(Enum), std::initializer_list<Enum> all,
            Enum unknown)
{
    for (const Enum e : all) {
        if (nameOf(e) == name)
            return e;
    }
    return unknown;
}

} // namespace

MirrorFacts MirrorFacts::fromJson(const QJsonObject& json)
{
    MirrorFacts f;
    f.mirror = json.value(QStringLiteral("mirror")).toString();
    f.probedAt = timeFrom(json.value(QStringLiteral("probedAt")));
    f.probed = json.value(QStringLiteral("probed")).toBool();
    f.error = json.value(QStringLiteral("error")).toString();
    if (!f.probed)
        return f;
    f.systemHostname = json.value(QStringLiteral("systemHostname")).toString();

    const QJsonObject lock = json.value(QStringLiteral("lock")).toObject();
    using Lock = LockState::Kind;
    f.lock.kind = byName(lock.value(QStringLiteral("state")).toString(), LockState::kindName,
                         {Lock::Absent, Lock::HeldBySync, Lock::Stale}, Lock::Unknown);
    f.lock.ageSeconds = lock.value(QStringLiteral("ageSeconds")).toInteger();
    f.lock.path = lock.value(QStringLiteral("path")).toString();
    f.lock.since = timeFrom(lock.value(QStringLiteral("since")));
    f.lock.syncRunningWithoutLock = lock.value(QStringLiteral("runningWithoutLock")).toBool();
    f.lock.syncProcesses = stringsFrom(lock.value(QStringLiteral("syncProcesses")));

    const QJsonObject disk = json.value(QStringLiteral("disk")).toObject();
    f.disk.documentRoot =
        usageFrom(disk.value(QStringLiteral("documentRoot")), DiskUsage::Unit::KibiBytes);
    f.disk.home = usageFrom(disk.value(QStringLiteral("home")), DiskUsage::Unit::KibiBytes);
    f.disk.documentRootInodes =
        usageFrom(disk.value(QStringLiteral("documentRootInodes")), DiskUsage::Unit::Inodes);
    f.disk.databaseBytes = disk.value(QStringLiteral("databaseBytes")).toInteger();
    f.disk.databaseFiles = disk.value(QStringLiteral("databaseFiles")).toInt();
    for (const QJsonValue& v : disk.value(QStringLiteral("files")).toArray()) {
        const QJsonObject file = v.toObject();
        f.disk.files.append({file.value(QStringLiteral("name")).toString(),
                             file.value(QStringLiteral("bytes")).toInteger(),
                             timeFrom(file.value(QStringLiteral("modified")))});
    }
    f.disk.warnings = stringsFrom(disk.value(QStringLiteral("warnings")));

    using Audit = AuditItem::Result;
    for (const QJsonValue& v :
         json.value(QStringLiteral("audit")).toObject().value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        f.audit.items.append(
            {item.value(QStringLiteral("id")).toString(),
             item.value(QStringLiteral("title")).toString(),
             byName(item.value(QStringLiteral("result")).toString(), AuditItem::resultName,
                    {Audit::Pass, Audit::Fail}, Audit::Unknown),
             item.value(QStringLiteral("evidence")).toString(),
             item.value(QStringLiteral("fix")).toString()});
    }

    const QJsonObject firewall = json.value(QStringLiteral("firewall")).toObject();
    f.firewall.rulesSource = firewall.value(QStringLiteral("source")).toString();
    using Check = FirewallCheck::Result;
    for (const QJsonValue& v : firewall.value(QStringLiteral("checks")).toArray()) {
        const QJsonObject check = v.toObject();
        f.firewall.checks.append(
            {check.value(QStringLiteral("id")).toString(),
             check.value(QStringLiteral("title")).toString(),
             byName(check.value(QStringLiteral("result")).toString(), FirewallCheck::resultName,
                    {Check::Ok, Check::Missing, Check::Blocked, Check::NotNeeded}, Check::Unknown),
             check.value(QStringLiteral("evidence")).toString(),
             check.value(QStringLiteral("fix")).toString()});
    }

    for (const QJsonValue& v : json.value(QStringLiteral("newRuns")).toArray()) {
        const QJsonObject run = v.toObject();
        SyncRun r;
        r.mirrorId = f.mirrorId;
        r.finishedAt = timeFrom(run.value(QStringLiteral("finishedAt")));
        r.outcome = SyncRun::outcomeFromName(run.value(QStringLiteral("outcome")).toString());
        r.exitCode = run.value(QStringLiteral("exitCode")).toInt(-1);
        r.filesChanged = run.value(QStringLiteral("filesChanged")).toInt();
        r.firstError = run.value(QStringLiteral("error")).toString();
        f.newRuns.append(r);
    }
    f.syncLogLive = json.value(QStringLiteral("syncLogLive")).toBool();
    f.timestampModified = timeFrom(json.value(QStringLiteral("timestampModified")));
    return f;
}

std::optional<double> MirrorFacts::timestampAgeHours() const
{
    if (!timestampModified.isValid() || !probedAt.isValid())
        return std::nullopt;
    return double(timestampModified.secsTo(probedAt)) / 3600.0;
}

namespace MirrorFactsReader {

MirrorFacts read(const MirrorRecord& mirror, const ProbeOutput& probe, const QDateTime& now,
                 const FactSettings& settings, std::optional<bool> localTestServed)
{
    MirrorFacts facts;
    facts.mirror = mirror.name;
    facts.mirrorId = mirror.id;
    facts.probedAt = now;
    facts.probed = true;
    facts.systemHostname = probe.value(QStringLiteral("meta"), QStringLiteral("hostname"));
    facts.lock =
        LockStateReader::read(probe.section(QStringLiteral("lock")),
                              probe.section(QStringLiteral("procs")), now.toSecsSinceEpoch());
    facts.disk = DiskFactsReader::read(probe, settings.freeSpaceFloorBytes);
    facts.audit = SetupAuditor::audit(probe, mirror, localTestServed);
    facts.firewall = FirewallJudge::judge(probe, settings.pushMasters, mirror.sshPort, true);
    for (const ProbeSection* run : probe.all(QStringLiteral("run"))) {
        bool ok = false;
        const qint64 time = run->args.value(0).toLongLong(&ok);
        if (ok)
            facts.newRuns.append(SyncRun::from(
                mirror.id, QDateTime::fromSecsSinceEpoch(time, Qt::UTC), run->content));
    }
    facts.syncLogLive = probe.section(QStringLiteral("live")) != nullptr;
    if (const ProbeSection* database = probe.section(QStringLiteral("database"))) {
        // "<size> <mtime> <path>" lines; the team uploads timestamp every 3 hours.
        for (const QByteArray& line : database->content.split('\n')) {
            const QList<QByteArray> f = line.split(' ');
            if (f.size() >= 3 && f.last().endsWith("/timestamp"))
                facts.timestampModified =
                    QDateTime::fromSecsSinceEpoch(f.at(1).toLongLong(), Qt::UTC);
        }
    }
    return facts;
}

} // namespace MirrorFactsReader
