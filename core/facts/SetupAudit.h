#pragma once

#include "inventory/MirrorRecord.h"

#include <QList>
#include <QString>

#include <optional>

struct ProbeOutput;

// One requirement of the mirror How-to, checked from the account.
struct AuditItem
{
    enum class Result
    {
        Pass,
        Fail,
        Unknown
    };

    QString id; // stable, for scripts: home-mode, conf-keys, ...
    QString title;
    Result result = Result::Unknown;
    QString evidence; // what the probe saw
    QString fix;      // what to do about a Fail

    // The store's and --json's word: pass, fail, unknown.
    static QString resultName(Result result);
};

struct SetupAudit
{
    QList<AuditItem> items;

    int passed() const;
    int failed() const;
};

namespace SetupAuditor {

// localTestServed: whether local_test answered "Success" for
// Host: db.test.clamav.net (from the HTTP check), when known.
SetupAudit audit(const ProbeOutput& probe, const MirrorRecord& mirror,
                 std::optional<bool> localTestServed);

} // namespace SetupAuditor
