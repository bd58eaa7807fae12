#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QLocale;
class QTranslator;

// The language of both programs: the operator's choice (Preferences) or else
// the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), from the catalogues
// built into them.
namespace Translations {

// Languages with a catalogue, as ISO 639 codes: en, de, ja.
QStringList languages();
// The operator's choice; empty: the system's language.
QString chosenLanguage();
void setChosenLanguage(const QString& language);
// Loads the catalogue for the chosen or system language (English needs none
// but its plural forms), and Qt's own for its dialogs and options where the
// system has it. Call once, before any window or message.
void install(QCoreApplication& app);
// The project's catalogue for locale into translator; false when none fits.
bool load(QTranslator& translator, const QLocale& locale);

} // namespace Translations
