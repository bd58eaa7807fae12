#include "util/TerminalText.h"

#include <QTest>

// What a mirror sends cannot drive the operator's terminal.
class TestTerminalText : public QObject
{
    Q_OBJECT

private slots:
    void controlsAreShownNotObeyed_data();
    void controlsAreShownNotObeyed();
};

void TestTerminalText::controlsAreShownNotObeyed_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain, tabs and lines")
        << QByteArray("daily.cvd\t12\nok\n") << QStringLiteral("daily.cvd\t12\nok\n");
    QTest::newRow("window title") << QByteArray("\x1b]0;owned\x07")
                                  << QStringLiteral("\\e]0;owned\\x07");
    QTest::newRow("clear screen") << QByteArray("\x1b[2J\x1b[H") << QStringLiteral("\\e[2J\\e[H");
    QTest::newRow("carriage return") << QByteArray("ok\rfake") << QStringLiteral("ok\\rfake");
    QTest::newRow("C1 CSI") << QByteArray("\xc2\x9b"
                                          "31m")
                            << QStringLiteral("\\x9b31m");
    QTest::newRow("right-to-left override") << QByteArray("a\xe2\x80\xae"
                                                          "b")
                                            << QStringLiteral("a\\u202eb");
    QTest::newRow("language tag") << QByteArray("a\xf3\xa0\x80\x81"
                                                "b")
                                  << QStringLiteral("a\\ue0001b");
    QTest::newRow("UTF-8 kept") << QByteArray("Zürich 東京") << QStringLiteral("Zürich 東京");
    QTest::newRow("DEL and NUL") << QByteArray("a\x7f"
                                               "b\0c",
                                               5)
                                 << QStringLiteral("a\\x7fb\\x00c");
}

void TestTerminalText::controlsAreShownNotObeyed()
{
    QFETCH(QByteArray, sent);
    QFETCH(QString, shown);
    QCOMPARE(TerminalText::visible(QByteArrayView(sent)), shown);
}

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
