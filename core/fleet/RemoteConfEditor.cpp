#include "fleet/RemoteConfEditor.h"

#include "inventory/StoredInventory.h"
#include "util/ShellQuote.h"

namespace {

// The copy is made only while the file is still what was read, so a refused
// edit leaves nothing behind; a second edit within the same second gets its
// own name.
QString backupScript(const QString& path, const QString& backup, const QByteArray& sha256)
{
    return QStringLiteral("f=%1 b=%2 want=%3\n")
               .arg(ShellQuote::quote(path), ShellQuote::quote(backup),
                    QString::fromLatin1(sha256)) +
           QStringLiteral(R"sh([ -f "$f" ] || { echo "$f is gone from the mirror"; exit 3; }
have=$(sha256sum < "$f" | cut -d" " -f1)
[ "$have" = "$want" ] || { echo "$f changed on the mirror since it was read; read it again"; exit 4; }
n=1 base=$b
while [ -e "$b" ]; do b="$base.$n"; n=$((n + 1)); done
(umask 077 && cp -- "$f" "$b") && chmod 600 -- "$b" && printf '%s\n' "$b"
)sh");
}

} // namespace

RemoteConfEditor::RemoteConfEditor(SshPool& pool, StoredInventory& audit, QObject* parent)
    : QObject(parent), m_pool(pool), m_audit(audit)
{
    connect(&m_pool, &SshPool::finished, this, &RemoteConfEditor::onFinished);
}

QString RemoteConfEditor::pathOf(const MirrorRecord& mirror)
{
    if (!mirror.confPath.isEmpty())
        return mirror.confPath;
    return mirror.homeDir.isEmpty() ? QStringLiteral("etc/clam-clientsync.conf")
                                    : mirror.homeDir + QStringLiteral("/etc/clam-clientsync.conf");
}

void RemoteConfEditor::read(const MirrorRecord& mirror)
{
    Pending pending;
    pending.mirror = mirror;
    m_pending.insert(m_pool.readFile(mirror, pathOf(mirror)), pending);
}

void RemoteConfEditor::write(const MirrorRecord& mirror, const RemoteFile& wasRead,
                             const ConfEdit& edit)
{
    QString refusal;
    if (!edit.problems.isEmpty())
        refusal = tr("not written: %1").arg(edit.problems.join(QStringLiteral("; ")));
    else if (!edit.changes())
        refusal = tr("nothing to write: the text is unchanged");
    else if (edit.before != wasRead.content)
        refusal = tr("not written: the edit was not made on the text read from the mirror");
    if (!refusal.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, name = mirror.name, refusal] { emit writeFailed(name, refusal); },
            Qt::QueuedConnection);
        return;
    }
    Pending pending{Pending::Step::Backup, mirror, wasRead, edit, {}};
    pending.backupPath =
        wasRead.path + QLatin1Char('.') +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    m_pending.insert(
        m_pool.exec(mirror, backupScript(wasRead.path, pending.backupPath, wasRead.sha256)),
        pending);
}

void RemoteConfEditor::onFinished(const SshJobResult& result)
{
    const auto it = m_pending.constFind(result.id);
    if (it == m_pending.cend())
        return;
    Pending pending = *it;
    m_pending.erase(it);
    const QString& name = pending.mirror.name;
    switch (pending.step) {
    case Pending::Step::Read:
        if (result.ok)
            emit readDone(name, *result.file);
        else
            emit readFailed(name, result.failure.message);
        return;
    case Pending::Step::Backup:
        if (!result.ok || result.outcome.exitStatus != 0) {
            emit writeFailed(name, tr("no backup, nothing changed: %1")
                                       .arg(result.ok ? QString::fromUtf8(
                                                            result.outcome.standardOutput.trimmed())
                                                      : result.failure.message));
            return;
        }
        pending.backupPath = QString::fromUtf8(result.outcome.standardOutput.trimmed());
        pending.step = Pending::Step::Write;
        m_pending.insert(m_pool.writeFile(pending.mirror, pending.wasRead.path, pending.edit.after,
                                          pending.wasRead.sha256, pending.wasRead.mode),
                         pending);
        return;
    case Pending::Step::Write:
        if (!result.ok) {
            emit writeFailed(name, result.failure.message);
            return;
        }
        m_audit.record(name, QStringLiteral("config-edit"),
                       tr("%1 (backup %2)\n%3")
                           .arg(pending.wasRead.path, pending.backupPath,
                                pending.edit.diff.join(QLatin1Char('\n'))));
        emit written(name, *result.file, pending.backupPath);
        return;
    }
}
