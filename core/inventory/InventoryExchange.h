#pragma once

#include "inventory/MirrorRecord.h"
#include "parsers/ParseProblem.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Mirrors in and out of files: JSON (the console's export, and the lab's
// inventory, which uses the same keys) and CSV for spreadsheets.
namespace InventoryExchange {

struct Imported
{
    QList<MirrorRecord> mirrors;
    ParseProblems problems; // "line" is the 1-based position in the mirrors array
};

Imported fromJson(QByteArrayView json);
QByteArray toJson(const QList<MirrorRecord>& mirrors);
QByteArray toCsv(const QList<MirrorRecord>& mirrors);

} // namespace InventoryExchange
