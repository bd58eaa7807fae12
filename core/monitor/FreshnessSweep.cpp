#include "monitor/FreshnessSweep.h"

#include "inventory/InventoryDatabase.h"
#include "inventory/ProbeHistory.h"
#include "inventory/StoreThread.h"
#include "monitor/CurrentVersionsLookup.h"
#include "monitor/HttpChecker.h"

QJsonObject FreshnessResult::toJson() const
{
    QJsonObject json = check.toJson();
    json.insert(QStringLiteral("verdict"), FreshnessVerdict::name(verdict.kind));
    json.insert(QStringLiteral("reason"), verdict.reason);
    json.insert(QStringLiteral("dailyLag"), verdict.dailyLag);
    return json;
}

FreshnessResult FreshnessResult::fromJson(const QJsonObject& json)
{
    FreshnessResult result;
    result.check = HttpCheck::fromJson(json);
    result.verdict.kind =
        FreshnessVerdict::fromName(json.value(QStringLiteral("verdict")).toString())
            .value_or(FreshnessVerdict::Kind::Unreachable);
    result.verdict.reason = json.value(QStringLiteral("reason")).toString();
    result.verdict.dailyLag = json.value(QStringLiteral("dailyLag")).toInt();
    return result;
}

FreshnessSweep::FreshnessSweep(InventoryDatabase& database, QObject* parent)
    : QObject(parent), m_store(std::make_unique<StoreThread>(database.path())),
      m_checker(new HttpChecker(this)), m_lookup(new CurrentVersionsLookup(this))
{
    connect(m_checker, &HttpChecker::checked, this, &FreshnessSweep::onChecked);
    connect(m_checker, &HttpChecker::finished, this, &FreshnessSweep::onCheckerFinished);
    connect(m_lookup, &CurrentVersionsLookup::finished, this,
            [this](const Result<CurrentVersions>& versions) {
                if (versions) {
                    m_currentDaily = versions->daily;
                    m_currentSource = QStringLiteral("DNS");
                    emit currentVersionsKnown(m_currentDaily, m_currentSource, {});
                } else {
                    emit currentVersionsKnown(std::nullopt, {}, versions.error());
                }
                checkMirrors();
            });
}

FreshnessSweep::~FreshnessSweep() = default;

bool FreshnessSweep::start(const QList<MirrorRecord>& mirrors, const FreshnessSweepOptions& options)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_options = options;
    m_mirrors = mirrors;
    m_ids.clear();
    for (const MirrorRecord& mirror : mirrors)
        m_ids.insert(mirror.name, mirror.id);
    m_waiting.clear();
    m_currentDaily.reset();
    m_currentSource.clear();
    m_done = 0;
    m_notFresh = 0;
    m_checker->setMaxParallelMirrors(options.maxParallelMirrors);
    m_checker->setTimeout(options.timeout);
    m_checker->setMaxBodyBytes(options.maxBodyBytes);
    // With no mirror to judge, DNS is not asked either.
    if (options.referenceMirror.isEmpty() && !mirrors.isEmpty())
        m_lookup->lookup(options.nameserver);
    else
        checkMirrors();
    return true;
}

void FreshnessSweep::checkMirrors()
{
    emit progress(0, int(m_mirrors.size()));
    if (m_mirrors.isEmpty()) {
        onCheckerFinished();
        return;
    }
    m_checker->check(m_mirrors);
}

void FreshnessSweep::onChecked(const HttpCheck& check)
{
    if (!m_options.referenceMirror.isEmpty()) {
        m_waiting << check;
        if (check.mirror == m_options.referenceMirror &&
            check.cvdVersions.contains(QStringLiteral("daily"))) {
            m_currentDaily = check.cvdVersions.value(QStringLiteral("daily"));
            m_currentSource = tr("reference mirror %1").arg(check.mirror);
        }
        return;
    }
    judge(check);
}

void FreshnessSweep::judge(const HttpCheck& check)
{
    FreshnessResult result;
    result.mirrorId = m_ids.value(check.mirror);
    result.check = check;
    const auto byHistory = [current = m_currentDaily, t = m_options.thresholds](
                               FreshnessResult r, const QList<HistoryEntry>& earlier) {
        r.verdict = FreshnessJudge::judge(r.check, current, earlier, t);
        return r;
    };
    const qint64 lookBack = qint64(m_options.thresholds.removedAfterHours * 3600 * 2);
    m_store->run<std::optional<FreshnessResult>>(
        this,
        [result, byHistory, lookBack](InventoryDatabase& db) {
            ProbeHistory history(db);
            const FreshnessResult judged =
                byHistory(result, history.entries(result.mirrorId, QStringLiteral("freshness"),
                                                  result.check.checkedAt.addSecs(-lookBack)));
            history.record({judged.mirrorId, QStringLiteral("freshness"), judged.check.checkedAt,
                            judged.toJson()});
            return std::optional<FreshnessResult>(judged);
        },
        // A store that cannot be opened leaves only the check itself to judge by.
        [this, result, byHistory](const std::optional<FreshnessResult>& stored) {
            const FreshnessResult judged = stored ? *stored : byHistory(result, {});
            m_notFresh += judged.verdict.kind == FreshnessVerdict::Kind::Fresh ? 0 : 1;
            ++m_done;
            emit this->judged(judged);
            emit progress(m_done, int(m_mirrors.size()));
        });
}

void FreshnessSweep::onCheckerFinished()
{
    if (!m_options.referenceMirror.isEmpty()) {
        emit currentVersionsKnown(
            m_currentDaily, m_currentSource,
            m_currentDaily
                ? QString()
                : tr("the reference mirror %1 served no daily.cvd").arg(m_options.referenceMirror));
        for (const HttpCheck& check : std::exchange(m_waiting, {}))
            judge(check);
    }
    // After every judgment asked for: the store answers in order.
    m_store->run<bool>(
        this, [](InventoryDatabase&) { return true; }, [this](bool) { finish(); });
}

void FreshnessSweep::finish()
{
    m_busy = false;
    emit finished(m_done, m_notFresh);
}
