#include "LabAccount.h"

#include "LabProcess.h"

#include <QDir>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

namespace {

constexpr char kMirrorUser[] = "clamavdb";

bool fill(LabAccount* account, const passwd* entry, QString* error)
{
    if (!entry) {
        *error = QStringLiteral("no passwd entry for the lab's account");
        return false;
    }
    account->user = QString::fromLocal8Bit(entry->pw_name);
    account->uid = entry->pw_uid;
    account->gid = entry->pw_gid;
    const group* g = ::getgrgid(entry->pw_gid);
    account->group = g ? QString::fromLocal8Bit(g->gr_name) : QString::number(entry->pw_gid);
    return true;
}

} // namespace

bool LabAccount::prepare(LabAccount* account, QString* error)
{
    account->privileged = ::geteuid() == 0;
    if (!account->privileged)
        return fill(account, ::getpwuid(::getuid()), error);

    if (!::getpwnam(kMirrorUser)) {
        // Home "/" keeps sshd quiet about a missing home; each mirror's real
        // home reaches the session through sshd's SetEnv HOME.
        QByteArray output;
        const int status = LabProcess::run(
            QStringLiteral("/usr/sbin/useradd"),
            {QStringLiteral("--system"), QStringLiteral("--no-create-home"),
             QStringLiteral("--home-dir"), QStringLiteral("/"), QStringLiteral("--shell"),
             QStringLiteral("/bin/bash"), QStringLiteral("--password"), QStringLiteral("*"),
             QString::fromLatin1(kMirrorUser)},
            &output);
        if (status != 0 && !::getpwnam(kMirrorUser)) {
            *error = QStringLiteral("useradd %1 failed: %2")
                         .arg(QString::fromLatin1(kMirrorUser), QString::fromLocal8Bit(output));
            return false;
        }
    }
    // sshd refuses to start as root without its privilege-separation directory.
    if (!QDir().mkpath(QStringLiteral("/run/sshd"))) {
        *error = QStringLiteral("cannot create /run/sshd");
        return false;
    }
    return fill(account, ::getpwnam(kMirrorUser), error);
}
