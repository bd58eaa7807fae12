#pragma once

#include "inventory/MirrorRecord.h"
#include "monitor/FreshnessVerdict.h"
#include "monitor/HttpCheck.h"

#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>

#include <memory>
#include <optional>

class CurrentVersionsLookup;
class HttpChecker;
class InventoryDatabase;
class StoreThread;

// One mirror's check and what it means, as stored in the history.
struct FreshnessResult
{
    qint64 mirrorId = 0;
    HttpCheck check;
    FreshnessVerdict verdict;

    // The check's JSON with verdict, reason and dailyLag: the stored payload.
    // fromJson reads it back; the mirror's id is the store's, not in it.
    QJsonObject toJson() const;
    static FreshnessResult fromJson(const QJsonObject& json);
};

struct FreshnessSweepOptions
{
    FreshnessThresholds thresholds;
    int maxParallelMirrors = 64;
    std::chrono::milliseconds timeout{10'000};
    qint64 maxBodyBytes = 4096;
    QHostAddress nameserver; // null: the system's
    QString referenceMirror; // set: the current daily comes from it, not from DNS
};

// A freshness check of many mirrors: the current versions from DNS (or a
// reference mirror), every mirror over HTTP through one bounded checker,
// each judged against its own stored history and the result stored, off the
// caller's thread (a StoreThread of its own), in the order answered. With
// DNS a mirror is judged as soon as it answers; with a reference mirror
// once all have, since the reference may answer last.
class FreshnessSweep : public QObject
{
    Q_OBJECT

public:
    explicit FreshnessSweep(InventoryDatabase& database, QObject* parent = nullptr);
    ~FreshnessSweep() override;

    // Refused (false) while a sweep runs.
    bool start(const QList<MirrorRecord>& mirrors, const FreshnessSweepOptions& options);
    bool busy() const { return m_busy; }

    std::optional<int> currentDaily() const { return m_currentDaily; }
    QString currentSource() const { return m_currentSource; }

signals:
    // problem: why the current versions are unknown (lagging is then not judged).
    void currentVersionsKnown(std::optional<int> daily, const QString& source,
                              const QString& problem);
    void judged(const FreshnessResult& result);
    void progress(int done, int total);
    void finished(int checked, int notFresh);

private:
    void checkMirrors();
    void onChecked(const HttpCheck& check);
    void judge(const HttpCheck& check);
    void onCheckerFinished();

    void finish();

    std::unique_ptr<StoreThread> m_store;
    HttpChecker* m_checker;
    CurrentVersionsLookup* m_lookup;
    FreshnessSweepOptions m_options;
    QList<MirrorRecord> m_mirrors;
    QHash<QString, qint64> m_ids;
    QList<HttpCheck> m_waiting; // reference mode: checks held until the reference answered
    std::optional<int> m_currentDaily;
    QString m_currentSource;
    bool m_busy = false;
    int m_done = 0;
    int m_notFresh = 0;
};
