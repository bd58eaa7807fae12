#pragma once

#include "inventory/MirrorRecord.h"
#include "parsers/ParseProblem.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

#include <functional>
#include <optional>

// Mirrors in and out of files: JSON (the console's export, and the lab's
// inventory, which uses the same keys) and CSV for spreadsheets.
namespace InventoryExchange {

struct Imported
{
    QList<MirrorRecord> mirrors;
    ParseProblems problems; // "line" is the 1-based position in the mirrors array
};

// The record kept under a name, if any.
using StoredRecord = std::function<std::optional<MirrorRecord>(const QString& name)>;

// With stored, a mirror already kept is read over its stored record: a field
// the file leaves out keeps its stored value, never a default (which might be
// weaker: shell access), and the merged record is what is checked.
Imported fromJson(QByteArrayView json, const StoredRecord& stored = {});
QJsonObject toJsonObject(const MirrorRecord& mirror);
QByteArray toJson(const QList<MirrorRecord>& mirrors);
QByteArray toCsv(const QList<MirrorRecord>& mirrors);

} // namespace InventoryExchange
