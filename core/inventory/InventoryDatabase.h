#pragma once

#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

// The console's SQLite file: mirrors, history and the audit trail. Opening it
// brings the schema up to date. One instance per thread that uses it.
class InventoryDatabase
{
public:
    InventoryDatabase();
    ~InventoryDatabase();
    InventoryDatabase(const InventoryDatabase&) = delete;
    InventoryDatabase& operator=(const InventoryDatabase&) = delete;

    Result<Done> open(const QString& path);
    QSqlDatabase database() const;
    QString path() const { return m_path; }
    int schemaVersion() const;

    static int latestSchemaVersion();
    // Where the console keeps it unless told otherwise.
    static QString defaultPath();

private:
    Result<Done> migrate();

    QString m_connection;
    QString m_path;
};
