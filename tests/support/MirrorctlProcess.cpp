#include "MirrorctlProcess.h"

#include <QProcess>
#include <QProcessEnvironment>

MirrorctlRun runMirrorctl(const QString& program, const QString& home, const QString& db,
                          const QStringList& args, const QByteArray& input)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.remove(QStringLiteral("SSH_AUTH_SOCK"));
    process.setProcessEnvironment(env);
    QStringList withDb = args;
    withDb.insert(1, QStringLiteral("--db"));
    withDb.insert(2, db);
    process.start(program, withDb);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}
