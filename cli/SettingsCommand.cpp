#include "SettingsCommand.h"

#include "CliContext.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace SettingsCommand {

int run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("key"),
                                 QCoreApplication::translate("mirrorctl", "A setting."),
                                 QStringLiteral("[KEY"));
    parser.addPositionalArgument(QStringLiteral("value"),
                                 QCoreApplication::translate("mirrorctl", "Its new value."),
                                 QStringLiteral("[VALUE]]"));
    if (const auto end = context.parse(parser, arguments, QStringLiteral("settings [KEY [VALUE]]")))
        return *end;
    const QStringList words = parser.positionalArguments();
    if (words.size() > 2)
        return context.usage(
            QCoreApplication::translate("mirrorctl", "settings takes a key and a value at most"));
    ConsoleSettings& settings = context.settings();
    if (words.size() == 2) {
        QString error;
        if (!settings.setValue(words.at(0), words.at(1), &error))
            return context.usage(error);
        return CliContext::kOk;
    }
    QJsonObject all;
    for (const ConsoleSettings::Key& key : ConsoleSettings::keys()) {
        const QString name = QLatin1String(key.name);
        if (!words.isEmpty() && words.first() != name)
            continue;
        all.insert(name, QJsonValue::fromVariant(settings.value(name)));
        if (!context.json())
            context.out() << name << " = " << settings.value(name).toString() << "    # "
                          << QCoreApplication::translate("ConsoleSettings", key.meaning) << '\n';
    }
    if (all.isEmpty())
        return context.usage(
            QCoreApplication::translate("mirrorctl", "no setting %1").arg(words.value(0)));
    if (context.json())
        context.printJson(all);
    context.out().flush();
    return CliContext::kOk;
}

} // namespace SettingsCommand
