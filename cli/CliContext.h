#pragma once

#include "app/ConsoleSettings.h"
#include "session/FleetSession.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

// What every mirrorctl command shares: its options, the fleet session (the
// same one the console works with), and the exit codes scripts rely on (0 ok,
// 1 failure on a mirror, 2 usage).
class CliContext
{
public:
    static constexpr int kOk = 0;
    static constexpr int kFailure = 1;
    static constexpr int kUsage = 2;

    // Parses arguments (the command word removed) with the common options
    // (--db, --json) and the command's own. An exit code when the command
    // must end here (help shown, usage error printed).
    std::optional<int> parse(QCommandLineParser& parser, const QStringList& arguments,
                             const QString& synopsis);

    // Opens the session on the inventory named by --db, or the console's own.
    bool openInventory();
    // Opens the inventory and finds the mirrors named, or takes every enabled
    // one when none is; an exit code when that fails (a name not found).
    std::optional<int> mirrorsNamed(const QStringList& names, QList<MirrorRecord>* mirrors);
    FleetSession& session() { return *m_session; }
    MirrorInventory& inventory() { return m_session->inventory(); }
    InventoryDatabase& database() { return m_session->database(); }
    AuditTrail& audit() { return m_session->audit(); }
    // Runs the event loop until the session's pool ends the job (mirrorctl
    // has no window to keep responsive); output gets what it streams.
    SshJobResult wait(SshJobId id, const std::function<void(const QByteArray&, bool)>& output = {});
    // Runs start, an act of the session on that mirror, and the event loop
    // until the session says how it ended: whether it did, and its words.
    QPair<bool, QString> act(const QString& mirror, const std::function<void()>& start);
    QString dataDirectory() const;
    // Settings live beside the inventory they go with.
    ConsoleSettings& settings();

    bool json() const { return m_json; }
    // Text that came from a mirror, as it may be printed on a terminal.
    QString mirrorText(const QByteArray& bytes) const;
    QString mirrorText(const QString& text) const;
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    void printJson(const QJsonValue& value);

    int usage(const QString& message);
    int failure(const QString& message);

private:
    QTextStream m_out{stdout};
    QTextStream m_err{stderr};
    QString m_dbPath;
    bool m_json = false;
    bool m_raw = false;
    QString m_synopsis;
    std::unique_ptr<FleetSession> m_session;
    std::unique_ptr<ConsoleSettings> m_settings;
};
