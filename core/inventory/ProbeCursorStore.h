#pragma once

#include "remote/ProbeScript.h"

class InventoryDatabase;

// Where the last probe of a mirror stopped reading its live sync log and its
// access log, so the next one asks only for what is new.
class ProbeCursorStore
{
public:
    explicit ProbeCursorStore(InventoryDatabase& database) : m_db(database) {}

    // Fills the cursor fields of request for that mirror.
    void load(qint64 mirrorId, ProbeRequest* request) const;
    void save(qint64 mirrorId, const QString& name, qint64 value);

private:
    InventoryDatabase& m_db;
};
