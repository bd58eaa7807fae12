#include "parsers/ClientSyncConf.h"

#include <QFile>
#include <QTest>

// clam-clientsync.conf as the shell reads it, and written back untouched but
// for the changed values.
class TestClientSyncConf : public QObject
{
    Q_OBJECT

private slots:
    void readsTheLabsConf();
    void templateIsNotSetUp();
    void shellQuotingAndTheLastAssignmentWin();
    void unchangedFileRoundTripsByteForByte_data();
    void unchangedFileRoundTripsByteForByte();
    void settingAValueKeepsEverythingElse();
    void unterminatedQuoteIsRefusedWithItsLine();
    void quotedValuesReadBackAsWritten_data();
    void quotedValuesReadBackAsWritten();
    void assignmentsAreReadAsBashReadsThem_data();
    void assignmentsAreReadAsBashReadsThem();
    void retypingAValueKeepsItsQuoting();
    void windowsLineEndingsAreNamedAndNeverMixed();
    void unquotedExpansionsAreJudgedAsTheScriptRunsThem_data();
    void unquotedExpansionsAreJudgedAsTheScriptRunsThem();

private:
    static QByteArray sample(const char* name);
};

QByteArray TestClientSyncConf::sample(const char* name)
{
    QFile file(QStringLiteral(MC_TEST_DATA "/conf/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestClientSyncConf::readsTheLabsConf()
{
    const auto conf = ClientSyncConfParser::parse(sample("lab.conf"));
    QVERIFY(conf);
    QVERIFY(conf->value(QStringLiteral("TO"))->endsWith(QStringLiteral("/home/public_html")));
    QCOMPARE(conf->value(QStringLiteral("MODULE")).value(), QStringLiteral("clamavdb"));
    QCOMPARE(conf->value(QStringLiteral("EXCLUDE")).value(), QStringLiteral("--exclude local_*"));
    QVERIFY(conf->problems().isEmpty());
    QVERIFY(ClientSyncConfParser::parse(sample("seed-example.conf"))->problems().isEmpty());
}

void TestClientSyncConf::templateIsNotSetUp()
{
    const auto conf = ClientSyncConfParser::parse(sample("template.conf"));
    QVERIFY(conf);
    QCOMPARE(conf->value(QStringLiteral("TO")).value(), QStringLiteral("$HOME/changeme/"));
    QVERIFY(conf->lines().first().assignments.first().expands);
    const QStringList problems = conf->problems();
    QCOMPARE(problems.size(), 3);
    QVERIFY(
        problems.join(QLatin1Char('\n')).contains(QStringLiteral("RSYNC_PASSWORD still holds")));
}

void TestClientSyncConf::shellQuotingAndTheLastAssignmentWin()
{
    const auto conf = ClientSyncConfParser::parse(sample("commented.conf"));
    QVERIFY(conf);
    QCOMPARE(conf->value(QStringLiteral("TO")).value(), QStringLiteral("/srv/www/clamav"));
    QCOMPARE(conf->value(QStringLiteral("RSYNC_PASSWORD")).value(), QStringLiteral("s3cr\"et'pw"));
    QCOMPARE(conf->value(QStringLiteral("RSYNC_USER")).value(), QStringLiteral("examplede2"));
    QVERIFY(!conf->value(QStringLiteral("NOPE")));
    QCOMPARE(conf->lines().size(), 10);
    QVERIFY(conf->lines().at(8).assignments.isEmpty()); // ulimit: kept, not an assignment
    QVERIFY(conf->problems().isEmpty());
}

void TestClientSyncConf::unchangedFileRoundTripsByteForByte_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char* name : {"lab.conf", "template.conf", "seed-example.conf", "commented.conf"})
        QTest::newRow(name) << sample(name);
    QTest::newRow("no final newline") << QByteArray("TO=/x\nMODULE=clamavdb");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("crlf") << QByteArray("TO=/x\r\n# c\r\n");
}

void TestClientSyncConf::unchangedFileRoundTripsByteForByte()
{
    QFETCH(QByteArray, text);
    const auto conf = ClientSyncConfParser::parse(text);
    QVERIFY(conf);
    QCOMPARE(conf->serialize(), text);
}

void TestClientSyncConf::settingAValueKeepsEverythingElse()
{
    auto conf = ClientSyncConfParser::parse(sample("commented.conf"));
    QVERIFY(conf);
    conf->set(QStringLiteral("RSYNC_PASSWORD"), QStringLiteral("n3w pass'word"));
    conf->set(QStringLiteral("TO"), QStringLiteral("/srv/www/clamav2"));
    conf->set(QStringLiteral("EXTRA"), QStringLiteral("1"));
    const QByteArray written = conf->serialize();
    const QList<QByteArray> before = sample("commented.conf").split('\n');
    const QList<QByteArray> after = written.split('\n');
    QCOMPARE(after.at(0), before.at(0));
    QCOMPARE(after.at(3), QByteArray("  TO=/srv/www/clamav2   # DocumentRoot of the vhost"));
    QCOMPARE(after.at(5), QByteArray("RSYNC_PASSWORD='n3w pass'\\''word'"));
    QCOMPARE(after.at(8), before.at(8));
    QCOMPARE(after.at(10), QByteArray("EXTRA=1"));
    const auto reread = ClientSyncConfParser::parse(written);
    QCOMPARE(reread->value(QStringLiteral("RSYNC_PASSWORD")).value(),
             QStringLiteral("n3w pass'word"));
}

void TestClientSyncConf::unterminatedQuoteIsRefusedWithItsLine()
{
    const auto conf = ClientSyncConfParser::parse("TO=/x\nRSYNC_PASSWORD=\"abc\nMODULE=clamavdb\n");
    QVERIFY(!conf);
    QCOMPARE(conf.error().line, 2);
    QVERIFY(conf.error().reason.contains(QStringLiteral("RSYNC_PASSWORD")));
}

void TestClientSyncConf::quotedValuesReadBackAsWritten_data()
{
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QStringLiteral("guessme");
    QTest::newRow("spaces") << QStringLiteral("--exclude local_* --exclude x");
    QTest::newRow("quotes") << QStringLiteral("a'b\"c");
    QTest::newRow("dollar") << QStringLiteral("$HOME `id` $(id)");
    QTest::newRow("empty") << QString();
}

void TestClientSyncConf::quotedValuesReadBackAsWritten()
{
    QFETCH(QString, value);
    ClientSyncConf conf;
    conf.set(QStringLiteral("K"), value);
    const auto reread = ClientSyncConfParser::parse(conf.serialize());
    QVERIFY(reread);
    QCOMPARE(reread->value(QStringLiteral("K")).value(), value);
    QVERIFY(!reread->lines().first().assignments.first().expands);
}

void TestClientSyncConf::assignmentsAreReadAsBashReadsThem_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QString>("user");     // RSYNC_USER after sourcing; "-" unset
    QTest::addColumn<QString>("password"); // RSYNC_PASSWORD likewise
    QTest::newRow("two on a line") << QByteArray("RSYNC_USER=u RSYNC_PASSWORD=p") << "u"
                                   << "p";
    QTest::newRow("semicolon") << QByteArray("RSYNC_USER=u; RSYNC_PASSWORD='p q'") << "u"
                               << "p q";
    QTest::newRow("export, several")
        << QByteArray("export RSYNC_USER=u RSYNC_PASSWORD=\"p\"") << "u"
        << "p";
    QTest::newRow("after a command") << QByteArray("umask 077; RSYNC_PASSWORD=p # note") << "-"
                                     << "p";
    // Before a command word an assignment lasts only while that command runs.
    QTest::newRow("for one command") << QByteArray("RSYNC_PASSWORD=p true") << "-"
                                     << "-";
    QTest::newRow("export of a name") << QByteArray("export RSYNC_PASSWORD") << "-"
                                      << "-";
    QTest::newRow("comment") << QByteArray("# RSYNC_PASSWORD=p") << "-"
                             << "-";
    QTest::newRow("and-and") << QByteArray("RSYNC_USER=u&&RSYNC_PASSWORD=p") << "u"
                             << "p";
    QTest::newRow("pipeline: a subshell") << QByteArray("RSYNC_PASSWORD=p | cat") << "-"
                                          << "-";
    QTest::newRow("background: a subshell") << QByteArray("RSYNC_PASSWORD=p &") << "-"
                                            << "-";
    QTest::newRow("declare") << QByteArray("declare -x RSYNC_PASSWORD=p RSYNC_USER=u") << "u"
                             << "p";
    QTest::newRow("appended") << QByteArray("RSYNC_PASSWORD=p; RSYNC_PASSWORD+=q") << "-"
                              << "pq";
}

void TestClientSyncConf::assignmentsAreReadAsBashReadsThem()
{
    QFETCH(QByteArray, line);
    QFETCH(QString, user);
    QFETCH(QString, password);
    const QByteArray text = line + '\n';
    const auto conf = ClientSyncConfParser::parse(text);
    QVERIFY(conf);
    QCOMPARE(conf->value(QStringLiteral("RSYNC_USER")).value_or(QStringLiteral("-")), user);
    QCOMPARE(conf->value(QStringLiteral("RSYNC_PASSWORD")).value_or(QStringLiteral("-")), password);
    QCOMPARE(conf->serialize(), text);
    // A change of one value leaves the others on the line as they were.
    auto edited = *conf;
    if (password != QLatin1String("-")) {
        edited.set(QStringLiteral("RSYNC_PASSWORD"), QStringLiteral("new one"));
        const auto reread = ClientSyncConfParser::parse(edited.serialize());
        QVERIFY(reread);
        QCOMPARE(reread->value(QStringLiteral("RSYNC_PASSWORD")).value(),
                 QStringLiteral("new one"));
        QCOMPARE(reread->value(QStringLiteral("RSYNC_USER")).value_or(QStringLiteral("-")), user);
    }
}

void TestClientSyncConf::retypingAValueKeepsItsQuoting()
{
    auto conf = ClientSyncConfParser::parse("MODULE=\"clamavdb\"\n");
    QVERIFY(conf);
    conf->set(QStringLiteral("MODULE"), QStringLiteral("clamavdb"));
    QCOMPARE(conf->serialize(), QByteArray("MODULE=\"clamavdb\"\n"));
}

void TestClientSyncConf::windowsLineEndingsAreNamedAndNeverMixed()
{
    const QByteArray windows = "TO=/home/clamavdb/public_html\r\nRSYNC_USER=foo\r\n"
                               "RSYNC_PASSWORD=guessme\r\nMODULE=\"clamavdb\"\r\n"
                               "EXCLUDE=\"--exclude local_*\"\r\n";
    auto conf = ClientSyncConfParser::parse(windows);
    QVERIFY(conf);
    QCOMPARE(conf->windowsLineEndings(), 5);
    // One problem that says why, not "MODULE is clamavdb; they serve clamavdb".
    QCOMPARE(conf->problems().size(), 1);
    QVERIFY2(conf->problems().first().contains(QStringLiteral("Windows line endings")),
             qPrintable(conf->problems().first()));
    QCOMPARE(conf->value(QStringLiteral("MODULE")).value(), QStringLiteral("clamavdb"));
    QCOMPARE(conf->serialize(), windows);
    // Changed and added lines end as the others do.
    conf->set(QStringLiteral("RSYNC_USER"), QStringLiteral("bar"));
    conf->set(QStringLiteral("EXTRA"), QStringLiteral("1"));
    QByteArray expected = windows;
    expected.replace("RSYNC_USER=foo", "RSYNC_USER=bar");
    expected += "EXTRA=1\r\n";
    QCOMPARE(conf->serialize(), expected);
    conf->useUnixLineEndings();
    QVERIFY(!conf->serialize().contains('\r'));
    QVERIFY(ClientSyncConfParser::parse(conf->serialize())->problems().isEmpty());
}

void TestClientSyncConf::unquotedExpansionsAreJudgedAsTheScriptRunsThem_data()
{
    QTest::addColumn<QByteArray>("assignments");
    QTest::addColumn<QString>("problem"); // empty: none
    QTest::newRow("double-quoted $HOME") << QByteArray("TO=\"$HOME/public_html\"") << QString();
    QTest::newRow("exclude=") << QByteArray("EXCLUDE=--exclude=local_*") << QString();
    QTest::newRow("anchored exclude")
        << QByteArray("EXCLUDE='--exclude /local_* --exclude .htaccess'") << QString();
    QTest::newRow("space in TO")
        << QByteArray("TO=\"/var/www/clam db\"")
        << QStringLiteral("rsync gets 2 words (\"/var/www/clam\", \"db\") where one DocumentRoot "
                          "should be");
    QTest::newRow("escaped space in TO")
        << QByteArray("TO=/srv/clam\\ av/") << QStringLiteral("(\"/srv/clam\", \"av/\")");
    QTest::newRow("only blanks") << QByteArray("TO='  '")
                                 << QStringLiteral("rsync gets no destination");
    QTest::newRow("option-like TO") << QByteArray("TO=--delete-after")
                                    << QStringLiteral("takes \"--delete-after\" as an option");
    QTest::newRow("host:path TO") << QByteArray("TO=www:clamav")
                                  << QStringLiteral("rsync reads it as host:path");
    QTest::newRow("colon after a slash") << QByteArray("TO=/srv/www:80/clamav") << QString();
    QTest::newRow("single-quoted $HOME") << QByteArray("TO='$HOME/public_html'")
                                         << QStringLiteral("literally named \"$HOME/public_html\"");
    QTest::newRow("space in user")
        << QByteArray("RSYNC_USER='mirror de'")
        << QStringLiteral("RSYNC_USER holds whitespace: the script expands it unquoted, so rsync's "
                          "source splits into 2 words");
    QTest::newRow("quoted pattern")
        << QByteArray("EXCLUDE=\"--exclude 'local_*'\"")
        << QStringLiteral("EXCLUDE's pattern 'local_*' keeps its quote characters");
    QTest::newRow("pattern as a source")
        << QByteArray("EXCLUDE=\"--exclude local_* .htaccess\"")
        << QStringLiteral("EXCLUDE holds \".htaccess\", which is not an option");
    QTest::newRow("options with their values")
        << QByteArray("EXCLUDE='--exclude local_* --exclude-from /etc/clam.excl --bwlimit 500'")
        << QString();
    QTest::newRow("an expansion") << QByteArray("EXCLUDE=\"--exclude local_* $EXTRA\"")
                                  << QString();
    QTest::newRow("dangling option")
        << QByteArray("EXCLUDE='--exclude local_* --exclude'")
        << QStringLiteral("EXCLUDE ends with \"--exclude\", which takes a value");
    QTest::newRow("no local_*") << QByteArray("EXCLUDE=\"--exclude .htaccess\"")
                                << QStringLiteral("EXCLUDE lacks \"--exclude local_*\"");
}

void TestClientSyncConf::unquotedExpansionsAreJudgedAsTheScriptRunsThem()
{
    QFETCH(QByteArray, assignments);
    QFETCH(QString, problem);
    // The lab's conf, good as it is, with one line appended: the last assignment wins.
    const auto conf =
        ClientSyncConfParser::parse(QByteArray(sample("lab.conf") + assignments + "\n"));
    QVERIFY(conf);
    const QString all = conf->problems().join(QLatin1Char('\n'));
    if (problem.isEmpty())
        QVERIFY2(all.isEmpty(), qPrintable(all));
    else
        QVERIFY2(all.contains(problem), qPrintable(all));
}

QTEST_GUILESS_MAIN(TestClientSyncConf)
#include "tst_clientsyncconf.moc"
