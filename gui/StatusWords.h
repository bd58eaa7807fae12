#pragma once

#include <QString>

// The words a fact's stored name stands for, in the operator's language:
// the store and --json keep "fresh", "stale", "failed"; a view shows these.
namespace StatusWords {

// "fresh", "lagging", "old", "removed", "unreachable", "unchecked".
QString verdict(const QString& name);
// "absent", "held", "stale", "unknown".
QString lockState(const QString& name);
// "success", "failed", "partial", "incomplete".
QString syncOutcome(const QString& name);
// An audit item's or firewall check's "pass", "fail", "ok", "missing", "blocked", "unknown".
QString checkResult(const QString& name);

} // namespace StatusWords
