#include "dns/DnsRecordStore.h"

#include "inventory/InventoryDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("DnsRecordStore", text);
}

} // namespace

Result<DnsRecordSets> DnsRecordStore::published() const
{
    DnsRecordSets sets;
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT country FROM dns_countries")))
        return fail(tr("cannot read the published DNS records: %1").arg(q.lastError().text()));
    while (q.next()) {
        const QString country = q.value(0).toString();
        sets[country].country = country;
    }
    if (!q.exec(QStringLiteral("SELECT country, mirror_id, mirror, address FROM dns_records "
                               "ORDER BY country, mirror")))
        return fail(tr("cannot read the published DNS records: %1").arg(q.lastError().text()));
    while (q.next())
        sets[q.value(0).toString()].records.append(
            {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return sets;
}

Result<Done> DnsRecordStore::replace(const DnsRecordSets& sets, const QDateTime& at)
{
    const QHash<qint64, QDateTime> since = mirrorsIn();
    QSqlDatabase db = m_db.database();
    const auto failed = [&db](const QString& why) {
        db.rollback();
        return fail(tr("cannot record the published DNS records: %1").arg(why));
    };
    if (!db.transaction())
        return failed(db.lastError().text());
    QSqlQuery country(db);
    country.prepare(QStringLiteral("INSERT INTO dns_countries (country, published_at) VALUES "
                                   "(?, ?) ON CONFLICT (country) DO UPDATE SET published_at = "
                                   "excluded.published_at"));
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM dns_records WHERE country = ?"));
    QSqlQuery record(db);
    record.prepare(QStringLiteral("INSERT INTO dns_records (country, mirror_id, mirror, address, "
                                  "since) VALUES (?, ?, ?, ?, ?)"));
    for (const CountryRecords& set : sets) {
        country.addBindValue(set.country);
        country.addBindValue(at.toSecsSinceEpoch());
        if (!country.exec())
            return failed(country.lastError().text());
        clear.addBindValue(set.country);
        if (!clear.exec())
            return failed(clear.lastError().text());
        for (const DnsRecord& r : set.records) {
            record.addBindValue(set.country);
            record.addBindValue(r.mirrorId);
            record.addBindValue(r.mirror);
            record.addBindValue(r.address);
            record.addBindValue(since.value(r.mirrorId, at).toSecsSinceEpoch());
            if (!record.exec())
                return failed(record.lastError().text());
        }
    }
    if (!db.commit())
        return failed(db.lastError().text());
    return Done{};
}

QHash<qint64, QDateTime> DnsRecordStore::mirrorsIn() const
{
    QHash<qint64, QDateTime> in;
    QSqlQuery q(m_db.database());
    if (!q.exec(QStringLiteral("SELECT mirror_id, MIN(since) FROM dns_records GROUP BY mirror_id")))
        return in;
    while (q.next())
        in.insert(q.value(0).toLongLong(),
                  QDateTime::fromSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC));
    return in;
}

std::optional<bool> DnsRecordStore::isIn(qint64 mirrorId) const
{
    QSqlQuery q(m_db.database());
    q.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM dns_countries), EXISTS (SELECT 1 FROM "
                             "dns_records WHERE mirror_id = ?)"));
    q.addBindValue(mirrorId);
    if (!q.exec() || !q.next() || !q.value(0).toBool())
        return std::nullopt;
    return q.value(1).toBool();
}
