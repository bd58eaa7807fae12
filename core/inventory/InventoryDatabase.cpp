#include "inventory/InventoryDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <vector>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InventoryDatabase", text);
}

// Each entry takes the schema from version i to i + 1, one statement per
// string. Never edit a shipped one: add the next.
const std::vector<std::vector<const char*>> kMigrations = {
    {
        R"sql(CREATE TABLE mirrors (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            address TEXT NOT NULL,
            country TEXT NOT NULL,
            admin_name TEXT NOT NULL DEFAULT '',
            admin_email TEXT NOT NULL DEFAULT '',
            alerts_email TEXT NOT NULL DEFAULT '',
            ssh_port INTEGER NOT NULL DEFAULT 22,
            http_port INTEGER NOT NULL DEFAULT 80,
            user TEXT NOT NULL DEFAULT 'clamavdb',
            access_mode TEXT NOT NULL DEFAULT 'shell',
            kind TEXT NOT NULL DEFAULT 'push',
            home_dir TEXT NOT NULL DEFAULT '',
            conf_path TEXT NOT NULL DEFAULT '',
            log_path TEXT NOT NULL DEFAULT '',
            access_log_path TEXT NOT NULL DEFAULT '',
            document_root TEXT NOT NULL DEFAULT '',
            rsync_host TEXT NOT NULL DEFAULT 'rsync1.clamav.net',
            system_hostname TEXT NOT NULL DEFAULT '',
            key_file TEXT NOT NULL DEFAULT '',
            expected_host_key TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            enabled INTEGER NOT NULL DEFAULT 1,
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL))sql",
        R"sql(CREATE TABLE history (
            id INTEGER PRIMARY KEY,
            mirror_id INTEGER NOT NULL REFERENCES mirrors(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            at INTEGER NOT NULL,
            payload TEXT NOT NULL))sql",
        "CREATE INDEX history_by_mirror ON history(mirror_id, kind, at)",
        R"sql(CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            operator TEXT NOT NULL,
            mirror TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''))sql",
        R"sql(CREATE TRIGGER audit_is_append_only_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)sql",
        R"sql(CREATE TRIGGER audit_is_append_only_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)sql",
    },
    {
        R"sql(CREATE TABLE sync_runs (
            id INTEGER PRIMARY KEY,
            mirror_id INTEGER NOT NULL REFERENCES mirrors(id) ON DELETE CASCADE,
            finished_at INTEGER NOT NULL,
            outcome TEXT NOT NULL,
            exit_code INTEGER NOT NULL,
            files_changed INTEGER NOT NULL,
            files_deleted INTEGER NOT NULL,
            bytes_received INTEGER NOT NULL,
            first_error TEXT NOT NULL DEFAULT '',
            log BLOB NOT NULL,
            UNIQUE (mirror_id, finished_at)))sql",
        R"sql(CREATE TABLE probe_cursors (
            mirror_id INTEGER NOT NULL REFERENCES mirrors(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            value INTEGER NOT NULL,
            PRIMARY KEY (mirror_id, name)))sql",
    },
    {
        R"sql(CREATE TABLE alert_states (
            mirror_id INTEGER NOT NULL,
            rule TEXT NOT NULL,
            active INTEGER NOT NULL,
            count INTEGER NOT NULL,
            pending_since INTEGER,
            since INTEGER,
            notified_at INTEGER,
            evidence TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (mirror_id, rule)))sql",
        R"sql(CREATE TABLE alert_events (
            id INTEGER PRIMARY KEY,
            at INTEGER NOT NULL,
            mirror_id INTEGER NOT NULL,
            mirror TEXT NOT NULL,
            rule TEXT NOT NULL,
            kind TEXT NOT NULL,
            evidence TEXT NOT NULL))sql",
        "CREATE INDEX alert_events_by_time ON alert_events(at)",
        R"sql(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            created_at INTEGER NOT NULL,
            mirror TEXT NOT NULL,
            recipient TEXT NOT NULL,
            role TEXT NOT NULL,
            language TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            message_id TEXT NOT NULL UNIQUE,
            state TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at INTEGER NOT NULL,
            sent_at INTEGER,
            last_error TEXT NOT NULL DEFAULT ''))sql",
        "CREATE INDEX outbox_by_state ON outbox(state, next_attempt_at)",
    },
    {
        R"sql(CREATE TABLE maintenance (
            id INTEGER PRIMARY KEY,
            mirror_id INTEGER NOT NULL REFERENCES mirrors(id) ON DELETE CASCADE,
            starts_at INTEGER NOT NULL,
            ends_at INTEGER NOT NULL,
            reason TEXT NOT NULL,
            operator TEXT NOT NULL,
            created_at INTEGER NOT NULL))sql",
        "CREATE INDEX maintenance_by_mirror ON maintenance(mirror_id, ends_at)",
    },
    {
        // What the monitor last published per country; a mirror gone from
        // the inventory stays here until an update has removed it.
        R"sql(CREATE TABLE dns_countries (
            country TEXT PRIMARY KEY,
            published_at INTEGER NOT NULL))sql",
        R"sql(CREATE TABLE dns_records (
            country TEXT NOT NULL REFERENCES dns_countries(country) ON DELETE CASCADE,
            mirror_id INTEGER NOT NULL,
            mirror TEXT NOT NULL,
            address TEXT NOT NULL,
            since INTEGER NOT NULL,
            PRIMARY KEY (country, mirror_id)))sql",
        "CREATE INDEX dns_records_by_mirror ON dns_records(mirror_id)",
    },
};

} // namespace

InventoryDatabase::InventoryDatabase()
    : m_connection(QStringLiteral("inventory-") +
                   QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

InventoryDatabase::~InventoryDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString InventoryDatabase::defaultPath()
{
    // Shared by the console and mirrorctl, whatever the application's name.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/mirror-console/inventory.sqlite");
}

int InventoryDatabase::latestSchemaVersion()
{
    return int(kMigrations.size());
}

QSqlDatabase InventoryDatabase::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<Done> InventoryDatabase::open(const QString& path)
{
    m_path = path;
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return fail(tr("cannot create the folder of %1").arg(path));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    if (!db.open())
        return fail(tr("cannot open the inventory %1: %2").arg(path, db.lastError().text()));
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    // With WAL this keeps the file consistent through a crash and spares an
    // fsync per commit, which the window would feel at every refreshed mirror;
    // a power cut may lose the last results, which the next refresh brings back.
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return migrate();
}

int InventoryDatabase::schemaVersion() const
{
    QSqlQuery query(database());
    return query.exec(QStringLiteral("PRAGMA user_version")) && query.next()
               ? query.value(0).toInt()
               : -1;
}

Result<Done> InventoryDatabase::migrate()
{
    QSqlDatabase db = database();
    const int current = schemaVersion();
    if (current > latestSchemaVersion())
        return fail(tr("%1 was written by a newer Mirror Console (schema %2, this one knows %3); "
                       "it was left untouched")
                        .arg(m_path)
                        .arg(current)
                        .arg(latestSchemaVersion()));
    for (int version = current; version < latestSchemaVersion(); ++version) {
        db.transaction();
        QSqlQuery query(db);
        for (const char* statement : kMigrations[size_t(version)]) {
            if (!query.exec(QString::fromUtf8(statement))) {
                const QString why = query.lastError().text();
                db.rollback();
                return fail(
                    tr("cannot bring %1 to schema %2: %3").arg(m_path).arg(version + 1).arg(why));
            }
        }
        if (!query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)) ||
            !db.commit())
            return fail(tr("cannot record schema %1 in %2").arg(version + 1).arg(m_path));
    }
    return Done{};
}
