#pragma once

#include <QString>

#include <sys/types.h>

// The Unix account the lab's mirrors log their users into. As root it is a
// real `clamavdb` system account, as the seed asks of every mirror (created
// when missing); as an ordinary user it is that user, since an unprivileged
// sshd can only log in its own user.
struct LabAccount
{
    QString user;
    QString group;
    uid_t uid = 0;
    gid_t gid = 0;
    bool privileged = false; // the lab runs as root: real ports, own account

    static bool prepare(LabAccount* account, QString* error);
};
