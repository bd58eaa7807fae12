#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <chrono>
#include <sys/types.h>

// Starting and stopping the lab's daemons. Every process the lab starts
// carries the marker variable MIRROR_LAB_DIR=<lab dir>, and dies with its
// parent (PR_SET_DEATHSIG), so a lab whose owner was killed leaves nothing
// running and `down` can find stragglers by the marker alone.
namespace LabProcess {

inline constexpr char kMarkerVariable[] = "MIRROR_LAB_DIR";

// Forks and execs program with args; stdout and stderr go to logPath
// (appended). Returns the pid, or -1 with *error set.
pid_t spawn(const QString& labDir, const QString& program, const QStringList& args,
            const QString& logPath, QString* error);

// Runs a short command to completion; returns its exit status (or -1 when it
// could not start) and stores stdout+stderr in *output when given.
int run(const QString& program, const QStringList& args, QByteArray* output = nullptr,
        std::chrono::milliseconds timeout = std::chrono::seconds(30));

// Sends SIGTERM, waits up to grace for the child to exit, then SIGKILLs it.
// Reaps it when it is our child.
void stop(pid_t pid, std::chrono::milliseconds grace = std::chrono::milliseconds(3000));

bool isAlive(pid_t pid);

// Every running process whose environment carries the marker of labDir, whose
// HOME lies inside it (sessions of the lab's sshd get a fresh environment but
// keep the HOME the lab sets), or whose command line names a path inside it.
QList<pid_t> processesOf(const QString& labDir);

// Stops everything processesOf(labDir) finds, TERM first then KILL.
void stopAll(const QString& labDir);

// Waits until a TCP connect to address:port succeeds and, when bannerPrefix
// is not empty, the peer's first bytes start with it.
bool waitForTcp(const QString& address, quint16 port, const QByteArray& bannerPrefix,
                std::chrono::milliseconds timeout);

// A socket that listens on address:port and never accepts: the kernel
// completes handshakes, the client then waits for words that never come.
// Returns the descriptor to close, or -1.
int listenSilently(const QString& address, quint16 port);

// True when nothing listens on address:port and we may bind it.
bool canBind(const QString& address, quint16 port);

} // namespace LabProcess
