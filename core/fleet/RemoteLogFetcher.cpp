#include "fleet/RemoteLogFetcher.h"

#include "util/ShellQuote.h"

#include <QDir>
#include <QSaveFile>

// A gigabyte of logs takes minutes on a slow link; a command's timeout is
// for commands that print a screenful.
constexpr std::chrono::minutes kFetchDeadline{30};

RemoteLogFetcher::RemoteLogFetcher(SshPool& pool, QString directory, qint64 maxBytes,
                                   QObject* parent)
    : QObject(parent), m_pool(pool), m_directory(std::move(directory)), m_maxBytes(maxBytes)
{
    connect(&m_pool, &SshPool::finished, this, &RemoteLogFetcher::onFinished);
}

QString RemoteLogFetcher::scriptFor(const MirrorRecord& mirror)
{
    // Exit 3: the mirror keeps no sync log at all.
    const QString home =
        mirror.homeDir.isEmpty() ? QStringLiteral("\"$HOME\"") : ShellQuote::quote(mirror.homeDir);
    return QStringLiteral(R"sh(cd %1 || exit 2
found=
for f in $(ls -1 rsync.log.*.gz 2>/dev/null | sort -t. -k3,3nr) rsync.log.0 rsync.log; do
  [ -f "$f" ] || continue
  found=1
  printf '%s %s\n' "$(date -u -d "@$(stat -c %Y -- "$f")" +%Y-%m-%dT%H:%M:%SZ)" "$f"
  case "$f" in *.gz) gzip -dc -- "$f" ;; *) cat -- "$f" ;; esac
done
[ -n "$found" ] || exit 3
)sh")
        .arg(home);
}

void RemoteLogFetcher::fetch(const MirrorRecord& mirror)
{
    const QString folder = m_directory + QLatin1Char('/') + mirror.name;
    const QString localPath = folder + QStringLiteral("/sync-logs.log");
    if (!QDir().mkpath(folder)) {
        emit fetchFailed(mirror.name, tr("cannot make the folder %1").arg(folder));
        return;
    }
    const SshJobId job = m_pool.submit(
        mirror,
        [script = scriptFor(mirror), localPath, maxBytes = m_maxBytes](
            SshSession& session, const std::atomic_bool* cancel, SshJobResult& result) {
            QSaveFile file(localPath);
            if (!file.open(QIODevice::WriteOnly)) {
                result.failure =
                    session.failure(SshFailure::Kind::Remote,
                                    tr("cannot write %1: %2").arg(localPath, file.errorString()));
                return;
            }
            qint64 copied = 0;
            bool writeFailed = false;
            const auto toFile = [&](QByteArrayView chunk, bool isError) {
                if (isError || writeFailed)
                    return;
                writeFailed = file.write(chunk.data(), chunk.size()) != chunk.size();
                copied += chunk.size();
            };
            ExecLimits limits;
            limits.maxOutputBytes = maxBytes;
            limits.deadline = kFetchDeadline;
            const auto ran = session.exec(script, toFile, cancel, OutputKept::ErrorOnly, limits);
            if (!ran) {
                file.cancelWriting();
                result.failure = ran.error();
                return;
            }
            if (ran->exitStatus != 0) {
                file.cancelWriting();
                result.failure = session.failure(
                    SshFailure::Kind::Remote,
                    ran->exitStatus == 3
                        ? tr("the mirror keeps no rsync.log yet")
                        : tr("cannot read the sync logs (exit %1): %2")
                              .arg(ran->exitStatus)
                              .arg(QString::fromUtf8(ran->standardError).trimmed()));
                return;
            }
            if (writeFailed || !file.commit()) {
                result.failure =
                    session.failure(SshFailure::Kind::Remote,
                                    tr("cannot write %1: %2").arg(localPath, file.errorString()));
                return;
            }
            result.ok = true;
            result.payload = copied;
        },
        kFetchDeadline);
    m_pending.insert(job, localPath);
}

void RemoteLogFetcher::onFinished(const SshJobResult& result)
{
    const auto pending = m_pending.constFind(result.id);
    if (pending == m_pending.cend())
        return;
    const QString localPath = *pending;
    m_pending.erase(pending);
    if (result.ok)
        emit fetched(result.mirror, localPath, result.payload.toLongLong());
    else
        emit fetchFailed(result.mirror, result.failure.message);
}
