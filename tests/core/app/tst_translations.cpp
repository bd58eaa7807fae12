#include "app/Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTest>
#include <QTranslator>

// The catalogues built into the programs: German and Japanese for every
// message, English for its plural forms.
class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageHasItsCatalogue()
    {
        for (const QString& language : Translations::languages()) {
            QTranslator translator;
            QVERIFY2(Translations::load(translator, QLocale(language)), qPrintable(language));
        }
        QTranslator none;
        QVERIFY(!Translations::load(none, QLocale(QLocale::Swahili)));
    }

    void pluralsFollowTheNumber()
    {
        QTranslator english;
        QVERIFY(Translations::load(english, QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(english.translate("DatabaseFileModel", "%n hour(s)", nullptr, 1),
                 QStringLiteral("%n hour"));
        QCOMPARE(english.translate("DatabaseFileModel", "%n hour(s)", nullptr, 5),
                 QStringLiteral("%n hours"));
        QTranslator german;
        QVERIFY(Translations::load(german, QLocale(QLocale::German)));
        QCOMPARE(german.translate("LogBrowser", "%n line(s), %1.", nullptr, 1),
                 QStringLiteral("%n Zeile, %1."));
        QCOMPARE(german.translate("LogBrowser", "%n line(s), %1.", nullptr, 3),
                 QStringLiteral("%n Zeilen, %1."));
        QTranslator japanese;
        QVERIFY(Translations::load(japanese, QLocale(QLocale::Japanese)));
        QCOMPARE(japanese.translate("LogBrowser", "%n line(s), %1.", nullptr, 3),
                 QStringLiteral("%n 行、%1。"));
        QCOMPARE(japanese.translate("ConsoleActions", "Refresh all"), QStringLiteral("すべて更新"));
    }

    void theChoiceIsKept()
    {
        Translations::setChosenLanguage(QStringLiteral("ja"));
        QCOMPARE(Translations::chosenLanguage(), QStringLiteral("ja"));
        Translations::setChosenLanguage({});
        QCOMPARE(Translations::chosenLanguage(), QString());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
