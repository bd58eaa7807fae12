#include "app/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

// The choice belongs to the operator, not to an inventory: the user's own
// settings, shared by mirror-console and mirrorctl.
QSettings userSettings()
{
    return QSettings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("mirror-console"),
                     QStringLiteral("mirror-console"));
}

const QString kKey = QStringLiteral("ui/language");

} // namespace

QStringList Translations::languages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
}

QString Translations::chosenLanguage()
{
    const QString chosen = userSettings().value(kKey).toString();
    return languages().contains(chosen) ? chosen : QString();
}

void Translations::setChosenLanguage(const QString& language)
{
    QSettings settings = userSettings();
    if (language.isEmpty())
        settings.remove(kKey);
    else
        settings.setValue(kKey, language);
}

bool Translations::load(QTranslator& translator, const QLocale& locale)
{
    return translator.load(locale, QStringLiteral("mirror-console"), QStringLiteral("_"),
                           QStringLiteral(":/i18n"));
}

void Translations::install(QCoreApplication& app)
{
    const QString chosen = chosenLanguage();
    const QLocale locale = chosen.isEmpty() ? QLocale::system() : QLocale(chosen);
    // They live as long as the program: the application keeps only pointers.
    static QTranslator ours;
    static QTranslator qts;
    // A language without a catalogue reads English, its plurals too.
    if (load(ours, locale) || load(ours, QLocale(QLocale::English)))
        app.installTranslator(&ours);
    if (qts.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qts);
}
