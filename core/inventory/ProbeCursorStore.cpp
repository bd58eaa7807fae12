#include "inventory/ProbeCursorStore.h"

#include "inventory/InventoryDatabase.h"

#include <QSqlQuery>

void ProbeCursorStore::load(qint64 mirrorId, ProbeRequest* request) const
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral("SELECT name, value FROM probe_cursors WHERE mirror_id = ?"));
    query.addBindValue(mirrorId);
    if (!query.exec())
        return;
    while (query.next()) {
        const QString name = query.value(0).toString();
        const qint64 value = query.value(1).toLongLong();
        if (name == QLatin1String("live-inode"))
            request->logs.liveInode = value;
        else if (name == QLatin1String("live-offset"))
            request->logs.liveOffset = value;
        else if (name == QLatin1String("access-inode"))
            request->accessLogInode = value;
        else if (name == QLatin1String("access-offset"))
            request->accessLogOffset = value;
    }
}

void ProbeCursorStore::save(qint64 mirrorId, const QString& name, qint64 value)
{
    QSqlQuery query(m_db.database());
    query.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO probe_cursors (mirror_id, name, value) VALUES (?, ?, ?)"));
    query.addBindValue(mirrorId);
    query.addBindValue(name);
    query.addBindValue(value);
    query.exec();
}
