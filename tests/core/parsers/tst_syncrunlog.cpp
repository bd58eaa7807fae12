#include "parsers/SyncRunLog.h"

#include <QFile>
#include <QTest>

// Sync logs as the lab's real runs (and rsync's own messages) wrote them.
class TestSyncRunLog : public QObject
{
    Q_OBJECT

private slots:
    void successfulRun();
    void runWithNothingNew();
    void authenticationFailure();
    void unreachablePushMaster();
    void timeout();
    void partialTransfer();
    void interruptedRunIsIncomplete();
    void numbersWithThousandsSeparators();
    void everyRsyncVersionCountsAlike_data();
    void everyRsyncVersionCountsAlike();
    void vanishedFilesArePartial();

private:
    static SyncRunLog parse(const char* name);
};

SyncRunLog TestSyncRunLog::parse(const char* name)
{
    QFile file(QStringLiteral(MC_TEST_DATA "/rsync/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? SyncRunLogParser::parse(file.readAll()) : SyncRunLog{};
}

void TestSyncRunLog::successfulRun()
{
    const SyncRunLog log = parse("success.log");
    QCOMPARE(log.outcome, SyncRunLog::Outcome::Success);
    QCOMPARE(log.rsyncExitCode, 0);
    QCOMPARE(log.changedFiles,
             (QStringList{QStringLiteral("daily-27001.cdiff"), QStringLiteral("daily.cvd")}));
    QCOMPARE(log.deletedFiles, QStringList{QStringLiteral("daily-26997.cdiff")});
    QCOMPARE(log.bytesSent, 123);
    QCOMPARE(log.bytesReceived, 709);
    QCOMPARE(log.totalSize, 2262);
    QCOMPARE(log.speedup, 2.72);
    QVERIFY(log.errors.isEmpty());
}

void TestSyncRunLog::runWithNothingNew()
{
    const SyncRunLog log = parse("nothing-new.log");
    QCOMPARE(log.outcome, SyncRunLog::Outcome::Success);
    QVERIFY(log.changedFiles.isEmpty());
    QVERIFY(log.deletedFiles.isEmpty());
}

void TestSyncRunLog::authenticationFailure()
{
    const SyncRunLog log = parse("auth-failed.log");
    QCOMPARE(log.outcome, SyncRunLog::Outcome::Failed);
    QVERIFY(log.authenticationFailed);
    QCOMPARE(log.rsyncExitCode, 5);
    QCOMPARE(log.errors.size(), 2);
    QCOMPARE(log.errors.first().line, 1);
    QCOMPARE(log.errors.first().text, QStringLiteral("@ERROR: auth failed on module clamavdb"));
    QCOMPARE(log.bytesSent, -1);
}

void TestSyncRunLog::unreachablePushMaster()
{
    const SyncRunLog log = parse("unknown-master.log");
    QCOMPARE(log.outcome, SyncRunLog::Outcome::Failed);
    QCOMPARE(log.rsyncExitCode, 12);
    QVERIFY(!log.authenticationFailed);
    QCOMPARE(log.errors.size(), 3);
    QVERIFY(log.changedFiles.isEmpty());
}

void TestSyncRunLog::timeout()
{
    const SyncRunLog log = parse("timeout.log");
    QCOMPARE(log.outcome, SyncRunLog::Outcome::Failed);
    QVERIFY(log.timedOut);
    QCOMPARE(log.rsyncExitCode, 30);
    QCOMPARE(log.changedFiles, QStringList{QStringLiteral("daily.cvd")});
}

void TestSyncRunLog::partialTransfer()
{
    const SyncRunLog log = parse("partial-transfer.log");
    QCOMPARE(log.outcome, SyncRunLog::Outcome::Partial);
    QCOMPARE(log.rsyncExitCode, 23);
    QVERIFY(SyncRunLogParser::codeMeaning(23).contains(QStringLiteral("partial")));
    QCOMPARE(log.bytesReceived, 58317440);
    QCOMPARE(log.totalSize, 226339512);
    QCOMPARE(log.errors.size(), 3);
    QCOMPARE(log.changedFiles, QStringList{QStringLiteral("daily-27035.cdiff")});
}

void TestSyncRunLog::interruptedRunIsIncomplete()
{
    const SyncRunLog log = parse("interrupted.log");
    QCOMPARE(log.outcome, SyncRunLog::Outcome::Incomplete);
    QCOMPARE(log.rsyncExitCode, -1);
    QCOMPARE(log.deletedFiles.size(), 1);
    QCOMPARE(SyncRunLogParser::parse(QByteArray()).outcome, SyncRunLog::Outcome::Incomplete);
}

void TestSyncRunLog::numbersWithThousandsSeparators()
{
    QCOMPARE(SyncRunLogParser::number(u"1,664"), 1664);
    QCOMPARE(SyncRunLogParser::number(u"226,339,512"), 226339512);
    QCOMPARE(SyncRunLogParser::number(u"12a"), -1);
}

void TestSyncRunLog::everyRsyncVersionCountsAlike_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("changed");
    QTest::addColumn<qint64>("received");
    // 2.6.x: "receiving file list ... done", "wrote ... read"; a directory line.
    QTest::newRow("2.6.9") << "rsync-2.6.9.log"
                           << QStringList{QStringLiteral("daily-9001.cdiff"),
                                          QStringLiteral("daily.cvd"), QStringLiteral("main.cvd")}
                           << qint64(123456);
    // 3.0: no thousands separators yet, a subdirectory entry.
    QTest::newRow("3.0") << "rsync-3.0.log"
                         << QStringList{QStringLiteral("daily-9001.cdiff"),
                                        QStringLiteral("daily.cvd")}
                         << qint64(123456);
    // 3.1: separators arrive; the top directory's own "./" entry.
    QTest::newRow("3.1") << "rsync-3.1.log"
                         << QStringList{QStringLiteral("bytecode.cvd"),
                                        QStringLiteral("daily-25848.cdiff"),
                                        QStringLiteral("daily.cvd")}
                         << qint64(61262473);
    // 3.2: separators.
    QTest::newRow("3.2") << "success.log"
                         << QStringList{QStringLiteral("daily-27001.cdiff"),
                                        QStringLiteral("daily.cvd")}
                         << qint64(709);
}

void TestSyncRunLog::everyRsyncVersionCountsAlike()
{
    QFETCH(QString, file);
    QFETCH(QStringList, changed);
    QFETCH(qint64, received);
    const SyncRunLog log = parse(file.toLatin1().constData());
    QCOMPARE(log.outcome, SyncRunLog::Outcome::Success);
    QCOMPARE(log.changedFiles, changed);
    QCOMPARE(log.bytesReceived, received);
    QVERIFY(log.errors.isEmpty());
}

void TestSyncRunLog::vanishedFilesArePartial()
{
    const SyncRunLog log = parse("vanished.log");
    QCOMPARE(log.outcome, SyncRunLog::Outcome::Partial);
    QCOMPARE(log.rsyncExitCode, 24);
    QCOMPARE(log.changedFiles, QStringList{QStringLiteral("daily.cvd")});
    QVERIFY(SyncRunLogParser::codeMeaning(24).contains(QStringLiteral("vanished")));
    QVERIFY(SyncRunLogParser::codeMeaning(5).contains(QStringLiteral("client-server")));
    QVERIFY(SyncRunLogParser::codeMeaning(99).isEmpty());
}

QTEST_GUILESS_MAIN(TestSyncRunLog)
#include "tst_syncrunlog.moc"
