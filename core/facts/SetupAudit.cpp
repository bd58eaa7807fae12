#include "facts/SetupAudit.h"

#include "parsers/ClientSyncConf.h"
#include "remote/ProbeOutput.h"

#include <QCoreApplication>
#include <QHash>

namespace {

struct ModeLine
{
    QString mode, owner, group, type, path;
};

// The "modes" section: "<mode> <owner> <group> <type words...> <path>".
QHash<QString, ModeLine> readModes(const ProbeSection* section, const QString& home)
{
    QHash<QString, ModeLine> modes;
    if (!section)
        return modes;
    for (const QByteArray& raw : section->content.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        const qsizetype pathAt = line.indexOf(home);
        const QStringList f = line.left(pathAt).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (pathAt < 0 || f.size() < 4)
            continue;
        const QString path = line.mid(pathAt);
        const QString relative =
            path == home ? QStringLiteral("~") : QStringLiteral("~") + path.mid(home.size());
        modes.insert(relative, {f.at(0), f.at(1), f.at(2), f.mid(3).join(QLatin1Char(' ')), path});
    }
    return modes;
}

AuditItem::Result passIf(bool ok)
{
    return ok ? AuditItem::Result::Pass : AuditItem::Result::Fail;
}

} // namespace

int SetupAudit::passed() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const AuditItem& i) {
        return i.result == AuditItem::Result::Pass;
    }));
}

int SetupAudit::failed() const
{
    return int(std::count_if(items.cbegin(), items.cend(), [](const AuditItem& i) {
        return i.result == AuditItem::Result::Fail;
    }));
}

namespace SetupAuditor {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SetupAuditor", text);
}

} // namespace

SetupAudit audit(const ProbeOutput& probe, const MirrorRecord& mirror,
                 std::optional<bool> localTestServed)
{
    SetupAudit audit;
    const QString home = probe.value(QStringLiteral("meta"), QStringLiteral("home"));
    const QString login = probe.value(QStringLiteral("meta"), QStringLiteral("user"));
    // The How-to: everything belongs to the mirror's account.
    const QString user = mirror.user.isEmpty() ? login : mirror.user;
    const QHash<QString, ModeLine> modes = readModes(probe.section(QStringLiteral("modes")), home);

    // The How-to's modes, each owned by the account.
    const struct
    {
        const char* id;
        const char* path;
        const char* mode;
    } wanted[] = {{"home-mode", "~", "755"},
                  {"ssh-dir-mode", "~/.ssh", "700"},
                  {"authorized-keys-mode", "~/.ssh/authorized_keys", "600"},
                  {"script-mode", "~/bin/clam-clientsync", "755"},
                  {"conf-mode", "~/etc/clam-clientsync.conf", "600"}};
    for (const auto& w : wanted) {
        const QString path = QString::fromLatin1(w.path);
        AuditItem item{
            QString::fromLatin1(w.id),
            tr("%1 has mode %2 and belongs to %3").arg(path, QLatin1String(w.mode), user),
            AuditItem::Result::Unknown,
            {},
            {}};
        if (const auto it = modes.constFind(path); it != modes.cend()) {
            item.result = passIf(it->mode == QLatin1String(w.mode) && it->owner == user);
            item.evidence = tr("mode %1, owner %2").arg(it->mode, it->owner);
            item.fix = tr("chmod %1 %2; chown %3 %2").arg(QLatin1String(w.mode), path, user);
        } else {
            item.result = AuditItem::Result::Fail;
            item.evidence = tr("%1 does not exist").arg(path);
            item.fix = tr("create %1 as the How-to says").arg(path);
        }
        audit.items.append(item);
    }

    const QString shell = probe.value(QStringLiteral("meta"), QStringLiteral("shell"));
    audit.items.append(
        {QStringLiteral("login-shell"), tr("the account's shell is /bin/sh or /bin/bash"),
         passIf(shell == QLatin1String("/bin/sh") || shell == QLatin1String("/bin/bash")),
         tr("shell %1").arg(shell.isEmpty() ? tr("(none)") : shell),
         tr("chsh -s /bin/bash %1: with another shell the forced command cannot run").arg(login)});

    const ProbeSection* tools = probe.section(QStringLiteral("tools"));
    for (const char* tool : {"lockfile", "rsync"}) {
        const QString where = probe.value(QStringLiteral("tools"), QString::fromLatin1(tool));
        audit.items.append({QStringLiteral("%1-installed").arg(QLatin1String(tool)),
                            tr("%1 is installed").arg(QLatin1String(tool)),
                            tools ? passIf(!where.isEmpty()) : AuditItem::Result::Unknown,
                            where.isEmpty() ? tr("not found in PATH") : where,
                            QLatin1String(tool) == QLatin1String("lockfile")
                                ? tr("install procmail, which provides lockfile")
                                : tr("install rsync")});
    }

    const ProbeSection* confSection = probe.section(QStringLiteral("conf"));
    AuditItem conf{QStringLiteral("conf-content"),
                   tr("clam-clientsync.conf sets TO, RSYNC_USER, RSYNC_PASSWORD, MODULE and "
                      "EXCLUDE as the How-to says"),
                   AuditItem::Result::Unknown,
                   {},
                   tr("edit the configuration (Configuration tab, or mirrorctl config set)")};
    if (confSection && confSection->exitStatus == 0) {
        const auto parsed = ClientSyncConfParser::parse(confSection->content);
        const QStringList problems =
            parsed ? parsed->problems() : QStringList{parsed.error().describe()};
        conf.result = passIf(problems.isEmpty());
        conf.evidence =
            problems.isEmpty() ? tr("all five keys set") : problems.join(QStringLiteral("; "));
    } else {
        conf.result = AuditItem::Result::Fail;
        conf.evidence =
            confSection ? QString::fromUtf8(confSection->content.trimmed()) : tr("not read");
    }
    audit.items.append(conf);

    const ProbeSection* docroot = probe.section(QStringLiteral("docroot"));
    const QString to = probe.value(QStringLiteral("docroot"), QStringLiteral("to"));
    const bool exists = docroot && docroot->exitStatus == 0;
    const bool writable = exists && docroot->content.contains("\nwritable\n");
    audit.items.append({QStringLiteral("documentroot-writable"),
                        tr("TO (the DocumentRoot) exists and is writable"), passIf(writable),
                        !exists    ? tr("%1 does not exist").arg(to.isEmpty() ? tr("TO") : to)
                        : writable ? to
                                   : tr("%1 is not writable by %2").arg(to, user),
                        tr("make %1 writable by %2: without that lockfile fails and the script "
                           "syncs with no lock at all")
                            .arg(to.isEmpty() ? tr("TO") : to, user)});

    audit.items.append(
        {QStringLiteral("local-test"),
         tr("local_test answers \"Success\" for Host: db.test.clamav.net"),
         localTestServed ? passIf(*localTestServed) : AuditItem::Result::Unknown,
         localTestServed ? (*localTestServed ? tr("served") : tr("not served"))
                         : tr("no HTTP check yet"),
         tr("echo Success > %1/local_test; chmod 644 it; check the vhost's server names").arg(to)});

    const ProbeSection* keys = probe.section(QStringLiteral("keys"));
    AuditItem keyItem{
        QStringLiteral("authorized-keys-options"),
        tr("forced-command keys carry no-port-forwarding, no-X11-forwarding, no-agent-forwarding "
           "and no-pty"),
        AuditItem::Result::Unknown,
        {},
        tr("copy authorized_keys_noshell or authorized_keys_shell as the How-to says")};
    if (keys && keys->exitStatus == 0) {
        QStringList bad;
        int lines = 0;
        for (const QByteArray& raw : keys->content.split('\n')) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            ++lines;
            if (line.contains("command=")) {
                for (const char* option :
                     {"no-port-forwarding", "no-X11-forwarding", "no-agent-forwarding", "no-pty"}) {
                    if (!line.contains(option))
                        bad << tr("line %1 lacks %2").arg(lines).arg(QLatin1String(option));
                }
            }
        }
        keyItem.result = passIf(lines > 0 && bad.isEmpty());
        keyItem.evidence =
            lines == 0      ? tr("no key at all")
            : bad.isEmpty() ? QCoreApplication::translate("SetupAuditor", "%n key line(s) in order",
                                                          nullptr, lines)
                            : bad.join(QStringLiteral("; "));
    } else {
        keyItem.result = AuditItem::Result::Fail;
        keyItem.evidence = tr("~/.ssh/authorized_keys cannot be read");
    }
    audit.items.append(keyItem);
    return audit;
}

} // namespace SetupAuditor

QString AuditItem::resultName(Result result)
{
    return result == Result::Pass   ? QStringLiteral("pass")
           : result == Result::Fail ? QStringLiteral("fail")
                                    : QStringLiteral("unknown");
}
