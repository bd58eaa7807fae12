#include "util/ShellQuote.h"

#include <QProcess>
#include <QTest>

// Whatever the words hold, a POSIX shell sees them back unchanged.
class TestShellQuote : public QObject
{
    Q_OBJECT

private slots:
    void wordsSurviveAShell_data();
    void wordsSurviveAShell();
    void commandQuotesEveryWord();
};

void TestShellQuote::wordsSurviveAShell_data()
{
    QTest::addColumn<QString>("word");
    QTest::newRow("plain") << QStringLiteral("clam-clientsync");
    QTest::newRow("empty") << QString();
    QTest::newRow("spaces") << QStringLiteral("  two  spaces  ");
    QTest::newRow("single quotes") << QStringLiteral("it's 'quoted'");
    QTest::newRow("double quotes") << QStringLiteral("say \"hi\"");
    QTest::newRow("substitution") << QStringLiteral("$(touch /tmp/pwned) `id` ${HOME}");
    QTest::newRow("separators") << QStringLiteral("a; rm -rf ~ && b || c | d & e");
    QTest::newRow("newlines") << QStringLiteral("line one\nline two\n");
    QTest::newRow("glob") << QStringLiteral("--exclude local_* ?[ab]");
    QTest::newRow("backslashes") << QStringLiteral("C:\\path\\ and \\'");
    QTest::newRow("unicode") << QStringLiteral("Zürich ミラー");
}

void TestShellQuote::wordsSurviveAShell()
{
    QFETCH(QString, word);
    QProcess sh;
    sh.start(QStringLiteral("/bin/sh"),
             {QStringLiteral("-c"), QStringLiteral("printf '%s' ") + ShellQuote::quote(word)});
    QVERIFY(sh.waitForFinished());
    QCOMPARE(QString::fromUtf8(sh.readAllStandardOutput()), word);
}

void TestShellQuote::commandQuotesEveryWord()
{
    QCOMPARE(ShellQuote::command(QStringLiteral("bash"),
                                 {QStringLiteral("~/bin/clam-clientsync"), QStringLiteral("a b")}),
             QStringLiteral("'bash' '~/bin/clam-clientsync' 'a b'"));
}

QTEST_GUILESS_MAIN(TestShellQuote)
#include "tst_shellquote.moc"
