#pragma once

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class InventoryDatabase;

// A time a mirror's admin announced work on it: no alerts and no mails for
// it then, and it stays out of DNS with the reason beside it.
struct MaintenanceWindow
{
    qint64 id = 0;
    qint64 mirrorId = 0;
    QString mirror; // its name, as the store joins it
    QDateTime startsAt;
    QDateTime endsAt;
    QString reason;
    QString operatorName;

    bool coversTime(const QDateTime& at) const { return startsAt <= at && at < endsAt; }
};

// The maintenance windows in the store. Ending one early moves its end to
// the moment it was ended, so the record of what was planned stays.
class MaintenanceWindows
{
public:
    explicit MaintenanceWindows(InventoryDatabase& database) : m_db(database) {}

    // Refused when it ends before it starts, or has no reason.
    Result<MaintenanceWindow> add(MaintenanceWindow window);
    // Those not over by since (all: an invalid since), soonest first; one
    // ended before it began is none.
    QList<MaintenanceWindow> list(const QDateTime& since = {}) const;
    // The window covering that mirror at that time, if any.
    std::optional<MaintenanceWindow> covering(qint64 mirrorId, const QDateTime& at) const;
    // False when no window of that id is under way or to come.
    Result<bool> end(qint64 id, const QDateTime& at);

private:
    InventoryDatabase& m_db;
};
