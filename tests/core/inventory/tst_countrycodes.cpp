#include "inventory/CountryCodes.h"

#include <QTest>

class TestCountryCodes : public QObject
{
    Q_OBJECT

private slots:
    void validatesCodes();
    void readsNamesAndCodes_data();
    void readsNamesAndCodes();
};

void TestCountryCodes::validatesCodes()
{
    QVERIFY(CountryCodes::isValid(QStringLiteral("PL")));
    QVERIFY(CountryCodes::isValid(QStringLiteral("JP")));
    QVERIFY(!CountryCodes::isValid(QStringLiteral("pl")));
    QVERIFY(!CountryCodes::isValid(QStringLiteral("XX")));
    QVERIFY(!CountryCodes::isValid(QStringLiteral("POL")));
    QVERIFY(!CountryCodes::isValid(QString()));
    QCOMPARE(CountryCodes::name(QStringLiteral("DE")), QStringLiteral("Germany"));
}

void TestCountryCodes::readsNamesAndCodes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("name") << QStringLiteral("Poland") << QStringLiteral("PL");
    QTest::newRow("lower") << QStringLiteral(" japan ") << QStringLiteral("JP");
    QTest::newRow("code") << QStringLiteral("de") << QStringLiteral("DE");
    QTest::newRow("uk") << QStringLiteral("UK") << QStringLiteral("GB");
    QTest::newRow("usa") << QStringLiteral("USA") << QStringLiteral("US");
    QTest::newRow("long") << QStringLiteral("United States") << QStringLiteral("US");
    QTest::newRow("czech") << QStringLiteral("Czech Republic") << QStringLiteral("CZ");
    QTest::newRow("unknown") << QStringLiteral("Atlantis") << QString();
}

void TestCountryCodes::readsNamesAndCodes()
{
    QFETCH(QString, text);
    QFETCH(QString, code);
    QCOMPARE(CountryCodes::fromNameOrCode(text), code);
}

QTEST_GUILESS_MAIN(TestCountryCodes)
#include "tst_countrycodes.moc"
