#include "inventory/MirrorInventory.h"

#include "inventory/CountryCodes.h"
#include "inventory/InventoryDatabase.h"
#include "remote/RemoteValue.h"
#include "util/Addresses.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("MirrorInventory", text);
}

const QString kColumns = QStringLiteral(
    "name, address, country, admin_name, admin_email, alerts_email, ssh_port, http_port, user, "
    "access_mode, kind, home_dir, conf_path, log_path, access_log_path, document_root, "
    "rsync_host, system_hostname, key_file, expected_host_key, tags, notes, enabled");

// SQLite stores a null QString as NULL; the columns want text.
QString text(const QString& value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

void bindRecord(QSqlQuery& query, const MirrorRecord& r)
{
    query.bindValue(QStringLiteral(":name"), text(r.name));
    query.bindValue(QStringLiteral(":address"), text(r.address));
    query.bindValue(QStringLiteral(":country"), text(r.country));
    query.bindValue(QStringLiteral(":admin_name"), text(r.adminName));
    query.bindValue(QStringLiteral(":admin_email"), text(r.adminEmail));
    query.bindValue(QStringLiteral(":alerts_email"), text(r.alertsEmail));
    query.bindValue(QStringLiteral(":ssh_port"), r.sshPort);
    query.bindValue(QStringLiteral(":http_port"), r.httpPort);
    query.bindValue(QStringLiteral(":user"), text(r.user));
    query.bindValue(QStringLiteral(":access_mode"), accessModeName(r.accessMode));
    query.bindValue(QStringLiteral(":kind"), QStringLiteral("push"));
    query.bindValue(QStringLiteral(":home_dir"), text(r.homeDir));
    query.bindValue(QStringLiteral(":conf_path"), text(r.confPath));
    query.bindValue(QStringLiteral(":log_path"), text(r.logPath));
    query.bindValue(QStringLiteral(":access_log_path"), text(r.accessLogPath));
    query.bindValue(QStringLiteral(":document_root"), text(r.documentRoot));
    query.bindValue(QStringLiteral(":rsync_host"), text(r.rsyncHost));
    query.bindValue(QStringLiteral(":system_hostname"), text(r.systemHostname));
    query.bindValue(QStringLiteral(":key_file"), text(r.keyFile));
    query.bindValue(QStringLiteral(":expected_host_key"), text(r.expectedHostKey));
    query.bindValue(QStringLiteral(":tags"), text(r.tags.join(QLatin1Char(','))));
    query.bindValue(QStringLiteral(":notes"), text(r.notes));
    query.bindValue(QStringLiteral(":enabled"), r.enabled ? 1 : 0);
    query.bindValue(QStringLiteral(":now"), QDateTime::currentSecsSinceEpoch());
}

MirrorRecord recordFrom(const QSqlQuery& q)
{
    MirrorRecord r;
    auto text = [&](const char* column) {
        return q.value(QLatin1String(column)).toString();
    };
    r.id = q.value(QStringLiteral("id")).toLongLong();
    r.name = text("name");
    r.address = text("address");
    r.country = text("country");
    r.adminName = text("admin_name");
    r.adminEmail = text("admin_email");
    r.alertsEmail = text("alerts_email");
    r.sshPort = quint16(q.value(QStringLiteral("ssh_port")).toUInt());
    r.httpPort = quint16(q.value(QStringLiteral("http_port")).toUInt());
    r.user = text("user");
    accessModeFromName(text("access_mode"), &r.accessMode);
    r.homeDir = text("home_dir");
    r.confPath = text("conf_path");
    r.logPath = text("log_path");
    r.accessLogPath = text("access_log_path");
    r.documentRoot = text("document_root");
    r.rsyncHost = text("rsync_host");
    r.systemHostname = text("system_hostname");
    r.keyFile = text("key_file");
    r.expectedHostKey = text("expected_host_key");
    r.tags = text("tags").split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.notes = text("notes");
    r.enabled = q.value(QStringLiteral("enabled")).toInt() != 0;
    return r;
}

QString placeholders()
{
    QStringList names;
    for (const QString& column : kColumns.split(QStringLiteral(", ")))
        names << QLatin1Char(':') + column;
    return names.join(QStringLiteral(", "));
}

} // namespace

QStringList MirrorInventory::problemsOf(const MirrorRecord& r)
{
    QStringList problems;
    if (!Addresses::isHostName(r.name))
        problems << tr("name \"%1\" is not a host name").arg(r.name);
    if (!Addresses::isIpAddress(r.address))
        problems << tr("address \"%1\" is not an IP address").arg(r.address);
    if (!CountryCodes::isValid(r.country))
        problems << tr("country \"%1\" is not an ISO 3166 alpha-2 code such as PL").arg(r.country);
    if (r.sshPort == 0)
        problems << tr("ssh port 0 is not a port");
    if (r.user.isEmpty())
        problems << tr("no user to log in as");
    else if (const QString p = RemoteValue::userProblem(r.user); !p.isEmpty())
        problems << p;
    if (const QString p = RemoteValue::pushMasterProblem(r.rsyncHost); !p.isEmpty())
        problems << p;
    if (!r.systemHostname.isEmpty())
        if (const QString p = RemoteValue::systemHostnameProblem(r.systemHostname); !p.isEmpty())
            problems << p;
    const std::pair<const QString*, const char*> paths[] = {
        {&r.homeDir, QT_TRANSLATE_NOOP("MirrorInventory", "home directory")},
        {&r.confPath, QT_TRANSLATE_NOOP("MirrorInventory", "conf path")},
        {&r.logPath, QT_TRANSLATE_NOOP("MirrorInventory", "log path")},
        {&r.accessLogPath, QT_TRANSLATE_NOOP("MirrorInventory", "access log path")},
        {&r.documentRoot, QT_TRANSLATE_NOOP("MirrorInventory", "DocumentRoot")}};
    for (const auto& [path, what] : paths) {
        if (!path->isEmpty())
            if (const QString p = RemoteValue::pathProblem(*path, tr(what)); !p.isEmpty())
                problems << p;
    }
    if (!r.adminEmail.isEmpty() && !Addresses::isEmailAddress(r.adminEmail))
        problems << tr("admin e-mail \"%1\" is not an e-mail address").arg(r.adminEmail);
    if (!r.alertsEmail.isEmpty() && !Addresses::isEmailAddress(r.alertsEmail))
        problems << tr("alerts e-mail \"%1\" is not an e-mail address").arg(r.alertsEmail);
    return problems;
}

Result<MirrorRecord> MirrorInventory::add(MirrorRecord record)
{
    if (const QStringList problems = problemsOf(record); !problems.isEmpty())
        return fail(
            tr("mirror %1 not added: %2").arg(record.name, problems.join(QStringLiteral("; "))));
    if (find(record.name))
        return fail(tr("mirror %1 is already in the inventory").arg(record.name));
    QSqlQuery query(m_db.database());
    query.prepare(
        QStringLiteral("INSERT INTO mirrors (%1, created_at, updated_at) VALUES (%2, :now, :now)")
            .arg(kColumns, placeholders()));
    bindRecord(query, record);
    if (!query.exec())
        return fail(tr("mirror %1 not added: %2").arg(record.name, query.lastError().text()));
    record.id = query.lastInsertId().toLongLong();
    return record;
}

Result<MirrorRecord> MirrorInventory::update(const MirrorRecord& record)
{
    if (const QStringList problems = problemsOf(record); !problems.isEmpty())
        return fail(
            tr("mirror %1 not changed: %2").arg(record.name, problems.join(QStringLiteral("; "))));
    QStringList assignments;
    for (const QString& column : kColumns.split(QStringLiteral(", ")))
        assignments << column + QStringLiteral(" = :") + column;
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("UPDATE mirrors SET %1, updated_at = :now WHERE id = :id")
                      .arg(assignments.join(QStringLiteral(", "))));
    bindRecord(query, record);
    query.bindValue(QStringLiteral(":id"), record.id);
    if (!query.exec())
        return fail(tr("mirror %1 not changed: %2").arg(record.name, query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return fail(tr("mirror %1 is no longer in the inventory").arg(record.name));
    return record;
}

Result<Done> MirrorInventory::remove(qint64 id)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("DELETE FROM mirrors WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return fail(tr("mirror not removed: %1").arg(query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return fail(tr("no mirror with id %1").arg(id));
    return Done{};
}

QList<MirrorRecord> MirrorInventory::all() const
{
    QList<MirrorRecord> mirrors;
    QSqlQuery query(m_db.database());
    query.exec(QStringLiteral("SELECT * FROM mirrors ORDER BY name"));
    while (query.next())
        mirrors.append(recordFrom(query));
    return mirrors;
}

std::optional<MirrorRecord> MirrorInventory::find(const QString& name) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT * FROM mirrors WHERE name = :name"));
    query.bindValue(QStringLiteral(":name"), name);
    if (query.exec() && query.next())
        return recordFrom(query);
    return std::nullopt;
}

std::optional<MirrorRecord> MirrorInventory::find(qint64 id) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT * FROM mirrors WHERE id = :id"));
    query.bindValue(QStringLiteral(":id"), id);
    if (query.exec() && query.next())
        return recordFrom(query);
    return std::nullopt;
}
