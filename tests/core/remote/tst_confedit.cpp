#include "remote/ConfEdit.h"

#include <QFile>
#include <QTest>

// Edits of clam-clientsync.conf worked out before anything is written: only
// the changed values differ, the password never shows in a diff or in the
// raw editor, and what would break the script is named.
class TestConfEdit : public QObject
{
    Q_OBJECT

private slots:
    void planChangesOnlyTheValue();
    void planRefusesUnknownKeysAndNamesProblems();
    void diffMasksThePassword();
    void maskedTextKeepsThePasswordUntilChanged();
    void maskedTextTakesANewPassword();
    void unparsableTextIsAProblem();
    void thePasswordIsMaskedWhereverBashAssignsIt_data();
    void thePasswordIsMaskedWhereverBashAssignsIt();
    void anEditedLineKeepsThePasswordItShowsMasked();
    void convertingLineEndingsShowsInTheDiff();
    void anEditorThatDropsCarriageReturnsWritesNoMixedEndings();

private:
    static QByteArray sample(const char* name);
};

QByteArray TestConfEdit::sample(const char* name)
{
    QFile file(QStringLiteral(MC_TEST_DATA "/conf/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestConfEdit::planChangesOnlyTheValue()
{
    const QByteArray before = sample("commented.conf");
    QVERIFY(!before.isEmpty());
    const ConfEdit edit =
        ConfEdit::plan(before, {{QStringLiteral("TO"), QStringLiteral("/srv/x")}});
    QVERIFY(edit.changes());
    QVERIFY2(edit.problems.isEmpty(), qPrintable(edit.problems.join(u'\n')));
    QVERIFY(edit.after.contains("# maintained by ops; ask before changing\n"));
    QVERIFY(edit.after.contains("ulimit -n 1024\n"));
    QCOMPARE(edit.after.size() - before.size(),
             qsizetype(strlen("/srv/x")) - qsizetype(strlen("/srv/www/clamav")));
    QCOMPARE(edit.diff.size(), 2);
}

void TestConfEdit::planRefusesUnknownKeysAndNamesProblems()
{
    const QByteArray before = sample("lab.conf");
    const ConfEdit unknown =
        ConfEdit::plan(before, {{QStringLiteral("PATH"), QStringLiteral("/tmp")}});
    QVERIFY(!unknown.problems.isEmpty());
    QVERIFY(unknown.problems.join(u' ').contains(QStringLiteral("PATH")));
    const ConfEdit module =
        ConfEdit::plan(before, {{QStringLiteral("MODULE"), QStringLiteral("other")}});
    QVERIFY(module.problems.join(u' ').contains(QStringLiteral("clamavdb")));
}

void TestConfEdit::diffMasksThePassword()
{
    const QByteArray before = sample("commented.conf");
    const ConfEdit edit = ConfEdit::plan(
        before, {{QStringLiteral("RSYNC_PASSWORD"), QStringLiteral("brand-new-secret")}});
    QVERIFY(edit.after.contains("brand-new-secret"));
    const QString diff = edit.diff.join(u'\n');
    QVERIFY(diff.contains(QStringLiteral("RSYNC_PASSWORD=********")));
    QVERIFY(!diff.contains(QStringLiteral("brand-new-secret")));
    QVERIFY(!diff.contains(QStringLiteral("s3cr")));
}

void TestConfEdit::maskedTextKeepsThePasswordUntilChanged()
{
    const QByteArray before = sample("commented.conf");
    QString shown = ConfEdit::masked(before);
    QVERIFY(!shown.contains(QStringLiteral("s3cr")));
    QVERIFY(shown.contains(QStringLiteral("RSYNC_PASSWORD=********")));
    QVERIFY(!ConfEdit::replaceMaskedText(before, shown).changes());
    shown.replace(QStringLiteral("MODULE=\"clamavdb\""), QStringLiteral("MODULE=clamavdb"));
    const ConfEdit edit = ConfEdit::replaceMaskedText(before, shown);
    QVERIFY(edit.changes());
    QVERIFY(edit.after.contains("RSYNC_PASSWORD='s3cr\"et'\\''pw'\n"));
    QVERIFY(edit.after.contains("MODULE=clamavdb\n"));
}

void TestConfEdit::maskedTextTakesANewPassword()
{
    const QByteArray before = sample("commented.conf");
    QString shown = ConfEdit::masked(before);
    shown.replace(QStringLiteral("RSYNC_PASSWORD=********"), QStringLiteral("RSYNC_PASSWORD=n3w"));
    const ConfEdit edit = ConfEdit::replaceMaskedText(before, shown);
    QVERIFY(edit.after.contains("RSYNC_PASSWORD=n3w\n"));
    QVERIFY(!edit.after.contains("s3cr"));
}

void TestConfEdit::unparsableTextIsAProblem()
{
    const ConfEdit edit = ConfEdit::replaceText(sample("lab.conf"), "TO='/srv/unterminated\n");
    QCOMPARE(edit.problems.size(), 1);
    QVERIFY2(edit.problems.first().contains(QStringLiteral("line 1")),
             qPrintable(edit.problems.first()));
}

void TestConfEdit::thePasswordIsMaskedWhereverBashAssignsIt_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("shown");
    QTest::newRow("alone") << "RSYNC_PASSWORD=s3cret"
                           << "RSYNC_PASSWORD=********";
    QTest::newRow("second on a line") << "RSYNC_USER=x; RSYNC_PASSWORD='s3cret' # kept"
                                      << "RSYNC_USER=x; RSYNC_PASSWORD=******** # kept";
    QTest::newRow("export, two") << "export RSYNC_PASSWORD=\"s3cret\" MODULE=clamavdb"
                                 << "export RSYNC_PASSWORD=******** MODULE=clamavdb";
    QTest::newRow("unterminated") << "RSYNC_PASSWORD='s3cret"
                                  << "RSYNC_PASSWORD=********";
    QTest::newRow("for one command") << "RSYNC_PASSWORD=s3cret rsync x"
                                     << "RSYNC_PASSWORD=******** rsync x";
    QTest::newRow("an argument of env") << "env RSYNC_PASSWORD='s 3' rsync"
                                        << "env RSYNC_PASSWORD=******** rsync";
    QTest::newRow("and-and") << "true && RSYNC_PASSWORD=\"s3\"&&x"
                             << "true && RSYNC_PASSWORD=********&&x";
    QTest::newRow("appended") << "RSYNC_PASSWORD+=more"
                              << "RSYNC_PASSWORD+=********";
    QTest::newRow("readonly") << "readonly RSYNC_PASSWORD=s3cret"
                              << "readonly RSYNC_PASSWORD=********";
    QTest::newRow("no password") << "RSYNC_USER=s3cret"
                                 << "RSYNC_USER=s3cret";
}

void TestConfEdit::thePasswordIsMaskedWhereverBashAssignsIt()
{
    QFETCH(QString, line);
    QFETCH(QString, shown);
    QCOMPARE(ConfEdit::mask(line), shown);
    // The masked text given back keeps the password it hides.
    const QByteArray current = line.toUtf8() + '\n';
    if (shown != line)
        QCOMPARE(ConfEdit::replaceMaskedText(current, shown + QLatin1Char('\n')).after, current);
}

void TestConfEdit::anEditedLineKeepsThePasswordItShowsMasked()
{
    const QByteArray current = "RSYNC_USER=bob RSYNC_PASSWORD=s3cret # both\n";
    QCOMPARE(ConfEdit::masked(current),
             QStringLiteral("RSYNC_USER=bob RSYNC_PASSWORD=******** # both\n"));
    const ConfEdit edit = ConfEdit::replaceMaskedText(
        current, QStringLiteral("RSYNC_USER=alice RSYNC_PASSWORD=******** # both\n"));
    QCOMPARE(edit.after, QByteArray("RSYNC_USER=alice RSYNC_PASSWORD=s3cret # both\n"));
    QVERIFY(!edit.diff.join(QLatin1Char('\n')).contains(QStringLiteral("s3cret")));
}

void TestConfEdit::convertingLineEndingsShowsInTheDiff()
{
    const QByteArray current = "MODULE=clamavdb\r\nRSYNC_PASSWORD=s3cret\r\n";
    const ConfEdit edit = ConfEdit::plan(current, {}, ConfEdit::LineEndings::Unix);
    QCOMPARE(edit.after, QByteArray("MODULE=clamavdb\nRSYNC_PASSWORD=s3cret\n"));
    QCOMPARE(edit.diff,
             (QStringList{QStringLiteral("-MODULE=clamavdb\\r"), QStringLiteral("+MODULE=clamavdb"),
                          QStringLiteral("-RSYNC_PASSWORD=********\\r"),
                          QStringLiteral("+RSYNC_PASSWORD=********")}));
    QVERIFY(edit.problems.filter(QStringLiteral("Windows")).isEmpty());
    // An edit that keeps them is still named for them.
    const ConfEdit kept =
        ConfEdit::plan(current, {{QStringLiteral("MODULE"), QStringLiteral("clamavdb")}});
    QVERIFY(!kept.problems.filter(QStringLiteral("Windows line endings")).isEmpty());
}

void TestConfEdit::anEditorThatDropsCarriageReturnsWritesNoMixedEndings()
{
    // QPlainTextEdit hands back its text without the \r it was given.
    const QByteArray current = "TO=/srv/www\r\nRSYNC_USER=bob\r\nRSYNC_PASSWORD=s3cret\r\n"
                               "MODULE=clamavdb\r\nEXCLUDE='--exclude local_*'\r\n";
    QString shown = ConfEdit::masked(current);
    shown.remove(QLatin1Char('\r'));
    const ConfEdit untouched = ConfEdit::replaceMaskedText(current, shown);
    QVERIFY2(!untouched.changes(), qPrintable(untouched.diff.join(QLatin1Char('\n'))));
    QVERIFY(!untouched.problems.filter(QStringLiteral("Windows line endings")).isEmpty());

    // A changed line and a new one end as the others do.
    shown.replace(QStringLiteral("RSYNC_USER=bob"), QStringLiteral("RSYNC_USER=alice"));
    shown += QStringLiteral("# added\n");
    const ConfEdit edited = ConfEdit::replaceMaskedText(current, shown);
    QByteArray expected = current;
    expected.replace("RSYNC_USER=bob", "RSYNC_USER=alice");
    expected += "# added\r\n";
    QCOMPARE(edited.after, expected);

    // Converting is one choice, and the diff shows every line it changes.
    const ConfEdit converted =
        ConfEdit::replaceMaskedText(current, shown, ConfEdit::LineEndings::Unix);
    QVERIFY(!converted.after.contains('\r'));
    QVERIFY(converted.after.contains("RSYNC_PASSWORD=s3cret\n"));
    QCOMPARE(converted.diff.filter(QStringLiteral("\\r")).size(), 5);
    QVERIFY(converted.problems.isEmpty());
}

QTEST_GUILESS_MAIN(TestConfEdit)
#include "tst_confedit.moc"
