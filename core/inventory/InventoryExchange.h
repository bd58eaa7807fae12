#pragma once

#include "inventory/MirrorRecord.h"
#include "parsers/ParseProblem.h"
#include "util/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

// Mirrors in and out of files: JSON (the console's export, and the lab's
// inventory, which uses the same keys) and CSV for spreadsheets.
namespace InventoryExchange {

struct Imported
{
    QList<MirrorRecord> mirrors;
    QList<QJsonObject> given; // each mirror's object as read: which fields it gave
    ParseProblems problems;   // "line" is the 1-based position in the mirrors array
};

Imported fromJson(QByteArrayView json);
// A stored record with only the fields given changed: a field left out keeps
// its stored value, never a default (which might be weaker: shell access).
Result<MirrorRecord, QString> updated(const MirrorRecord& stored, const QJsonObject& given);
QJsonObject toJsonObject(const MirrorRecord& mirror);
QByteArray toJson(const QList<MirrorRecord>& mirrors);
QByteArray toCsv(const QList<MirrorRecord>& mirrors);

} // namespace InventoryExchange
