#pragma once

#include "inventory/MirrorRecord.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

// What a running lab's inventory.json tells a session that opens it as the
// demo: its mirrors, where the console's demo database goes beside it, and
// where the current versions come from (the lab's own DNS server, never the
// system's, or else one of its mirrors).
struct DemoLabInventory
{
    Q_DECLARE_TR_FUNCTIONS(DemoLabInventory)

public:
    QList<MirrorRecord> mirrors;
    QString databasePath;
    QHostAddress nameserver; // null: take the versions from referenceMirror
    QString referenceMirror;

    static Result<DemoLabInventory> read(const QString& inventoryJson);
};
