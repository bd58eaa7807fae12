#pragma once

#include <QByteArrayView>
#include <QString>

#include <optional>

// The commands that show a sync while it runs, on a shell-mode mirror. The
// script sends rsync's output to ~/rsync.log, not to the channel, so both
// follow that file as it grows and, once the run ends, its rotated copy
// (rsync.log.0, the same inode) so the last lines are not lost to savelog.
// The log goes to standard output; the script's own words and the markers
// below go to standard error.
namespace LiveSyncScript {

// What a trigger-only mirror is sent: its forced command runs whatever comes,
// so the plain command line keeps the mirror's auth log honest about what was
// meant. Nothing comes back while it syncs.
QString forcedCommand(const QString& pushMaster);
// Starts clam-clientsync from pushMaster on a shell-mode mirror and leaves it
// running there on its own, as cron would; the channel ends at once.
QString detached(const QString& pushMaster);
// Starts clam-clientsync from pushMaster and follows its log until it ends;
// exits with the script's status. Its first words on standard error name the
// pid that stop() takes.
QString trigger(const QString& home, const QString& pushMaster);
// Follows a run started elsewhere (cron, another console) from byte offset
// of ~/rsync.log until its rsync ends; exit 3: no run. confPath empty: the
// home's etc/clam-clientsync.conf.
QString follow(const QString& home, const QString& confPath, qint64 offset);
// Ends a run trigger() started. Only a process still running
// clam-clientsync is touched.
QString stop(qint64 pid);

// Whether a line of standard error is the heartbeat trigger() and follow()
// send while rsync makes progress (not the script's own words).
bool isProgressMarker(QByteArrayView line);
// The pid in a line of trigger()'s standard error, if it is the marker.
std::optional<qint64> pidMarker(QByteArrayView line);

constexpr int kNoRun = 3;

} // namespace LiveSyncScript
