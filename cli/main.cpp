#include "app/ApplicationInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

// Exit codes scripts rely on: 0 ok, 1 failure on a mirror, 2 usage.
constexpr int kUsageError = 2;

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ApplicationInfo::applyTo(app, QStringLiteral("mirrorctl"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "mirrorctl", "Command-line face of Mirror Console, for scripts and monitoring."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("mirrorctl", "What to do."));
    parser.process(app);

    QTextStream err(stderr);
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        err << QCoreApplication::translate("mirrorctl", "mirrorctl: no command given") << '\n';
    else
        err << QCoreApplication::translate("mirrorctl", "mirrorctl: unknown command \"%1\"")
                   .arg(args.first())
            << '\n';
    err << parser.helpText();
    return kUsageError;
}
