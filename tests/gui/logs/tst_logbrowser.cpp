#include "logs/LogBrowser.h"
#include "logs/LogDocument.h"
#include "logs/LogLineDelegate.h"
#include "logs/LogLineKind.h"
#include "logs/LogLineModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray heading(int run, bool failed)
{
    const QDateTime start(QDate(2026, 11, 20), QTime(0, 0), Qt::UTC);
    return LogLineKinds::separator(
        start.addSecs(run * 3600),
        QStringLiteral("run %1, %2: its log follows")
            .arg(run + 1)
            .arg(failed ? QStringLiteral("failed, code 5") : QStringLiteral("success")));
}

// Runs headed as the console heads them, one an hour; every tenth failed.
QByteArray runs(int count)
{
    QByteArray log;
    for (int run = 0; run < count; ++run) {
        log += heading(run, run % 10 == 3) + '\n';
        log += "receiving incremental file list\ndaily.cld\n";
        if (run % 10 == 3)
            log += "@ERROR: auth failed on module clamav\n";
        log += "total size is 225,154,926  speedup is 395.62\n";
    }
    return log;
}

QString rowText(const LogBrowser& browser, int row)
{
    return browser.model()->index(row, LogLineModel::TextColumn).data().toString();
}

QString currentText(const LogBrowser& browser)
{
    return rowText(browser, browser.view()->currentIndex().row());
}

} // namespace

class TestLogBrowser : public QObject
{
    Q_OBJECT

private slots:
    void opensAFileAndFindsBothWays()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("rsync.log"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(runs(200));
        file.close();

        LogBrowser browser(QStringLiteral("log"));
        QAbstractItemModelTester tester(browser.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.resize(900, 500);
        browser.show();
        QVERIFY(browser.openFile(path));
        QTRY_COMPARE(browser.model()->rowCount(), 200 * 4 + 20);
        QTRY_VERIFY(browser.status()->text().contains(QStringLiteral("820")));
        QCOMPARE(rowText(browser, 0), QString::fromUtf8(heading(0, false)));
        QCOMPARE(browser.model()->index(0, LogLineModel::LineColumn).data().toString(),
                 QStringLiteral("1"));
        // An error line is tinted, a plain one not.
        QVERIFY(browser.model()
                    ->index(15, LogLineModel::TextColumn)
                    .data(Qt::BackgroundRole)
                    .isValid());
        QVERIFY(!browser.model()
                     ->index(1, LogLineModel::TextColumn)
                     .data(Qt::BackgroundRole)
                     .isValid());

        browser.searchField()->setText(QStringLiteral("AUTH FAILED"));
        QTest::keyClick(browser.searchField(), Qt::Key_Return);
        QTRY_COMPARE(browser.currentLine(), 15);
        QTest::keyClick(browser.view(), Qt::Key_F3);
        QTRY_COMPARE(browser.currentLine(), 15 + 41);
        QTest::keyClick(browser.view(), Qt::Key_F3, Qt::ShiftModifier);
        QTRY_COMPARE(browser.currentLine(), 15);
        // Above the first match: the search wraps to the last.
        QTest::keyClick(browser.view(), Qt::Key_F3, Qt::ShiftModifier);
        QTRY_COMPARE(browser.currentLine(), 15 + 19 * 41);
        // No problem below the last failed run: F8 wraps to the first, the
        // @ERROR line, not the heading of its run that names it failed.
        QTest::keyClick(browser.view(), Qt::Key_F8);
        QTRY_COMPARE(browser.currentLine(), 15);
        QTest::keyClick(browser.view(), Qt::Key_F8);
        QTRY_COMPARE(browser.currentLine(), 15 + 41);
        QTest::keyClick(browser.view(), Qt::Key_F8, Qt::ShiftModifier);
        QTRY_COMPARE(browser.currentLine(), 15);

        browser.searchField()->setText(QStringLiteral("no such words"));
        browser.findNext();
        QTRY_VERIFY(browser.status()->text().contains(QStringLiteral("no such words")));
        browser.searchField()->setText(QStringLiteral("auth (failed"));
        browser.findChild<QCheckBox*>()->setChecked(true); // the regular expression box
        browser.findNext();
        QTRY_VERIFY(
            browser.status()->text().contains(QStringLiteral("missing closing parenthesis")));
    }

    void filtersToProblemsAndJumpsToTime()
    {
        LogBrowser browser(QStringLiteral("log"));
        QAbstractItemModelTester tester(browser.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.showBytes(runs(100));
        QTRY_COMPARE(browser.model()->rowCount(), 410);
        browser.problemsOnly()->setChecked(true);
        // The failed runs' @ERROR lines, not their headings.
        QTRY_COMPARE(browser.model()->rowCount(), 10);
        QCOMPARE(browser.model()->lineOfRow(0), 15);
        QVERIFY(rowText(browser, 0).startsWith(QStringLiteral("@ERROR")));
        browser.view()->setCurrentIndex(browser.model()->index(0, LogLineModel::TextColumn));
        browser.problemsOnly()->setChecked(false);
        QCOMPARE(browser.model()->rowCount(), 410);
        QCOMPARE(browser.currentLine(), 15); // the same line, in the whole log

        browser.timeEdit()->setDateTime(QDateTime(QDate(2026, 11, 21), QTime(1, 30), Qt::UTC));
        browser.goToTime();
        QCOMPARE(currentText(browser), QString::fromUtf8(heading(26, false)));
        browser.showBytes("daily.cld\n");
        QTRY_COMPARE(browser.model()->rowCount(), 1);
        browser.goToTime();
        QVERIFY(browser.status()->text().contains(QStringLiteral("time")));
    }

    void marksWhatTheSearchFindsAndHeadsEachRun()
    {
        LogBrowser browser(QStringLiteral("log"));
        browser.resize(900, 400);
        browser.show();
        browser.showBytes(runs(10));
        QTRY_COMPARE(browser.model()->rowCount(), 41);
        const QModelIndex error = browser.model()->index(15, LogLineModel::TextColumn);
        const QByteArray errorLine = error.data(LogLineModel::BytesRole).toByteArray();
        QVERIFY(errorLine.startsWith("@ERROR"));
        QVERIFY(browser.lineDelegate()->marks(errorLine).isEmpty());
        const auto yellow = [&browser] {
            const QImage picture = browser.view()->viewport()->grab().toImage();
            int count = 0;
            for (int y = 0; y < picture.height(); ++y) {
                for (int x = 0; x < picture.width(); ++x)
                    count += picture.pixelColor(x, y) == QColor(255, 214, 0);
            }
            return count;
        };
        QCOMPARE(yellow(), 0);

        // Marked as it is typed, before Enter.
        QTest::keyClicks(browser.searchField(), QStringLiteral("AUTH failed"));
        QCOMPARE(browser.lineDelegate()->marks(errorLine), (QList<std::pair<int, int>>{{8, 11}}));
        browser.view()->scrollTo(error);
        QTRY_VERIFY(yellow() > 50);
        browser.findChild<QCheckBox*>()->setChecked(true); // the regular expression box
        browser.searchField()->setText(QStringLiteral("auth (fail"));
        QVERIFY(browser.lineDelegate()->marks(errorLine).isEmpty());
        browser.searchField()->clear();
        QTRY_COMPARE(yellow(), 0);

        // Each run's heading says which run follows and reads as a heading, not a problem.
        const QModelIndex first = browser.model()->index(0, LogLineModel::TextColumn);
        QVERIFY(
            first.data().toString().contains(QStringLiteral("run 1, success: its log follows")));
        QCOMPARE(first.data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("the heading of a run"));
        QVERIFY(first.data(Qt::BackgroundRole).isValid());
        const QModelIndex failedRun = browser.model()->index(12, LogLineModel::TextColumn);
        QVERIFY(failedRun.data().toString().contains(QStringLiteral("failed")));
        QCOMPARE(failedRun.data(Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("the heading of a run"));
    }

    void followsARunAsItWrites()
    {
        LogBrowser browser(QStringLiteral("log"));
        QAbstractItemModelTester tester(browser.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        browser.resize(600, 200);
        browser.show();
        browser.showBytes("receiving incremental file list\n");
        browser.setFollowing(true);
        QTRY_COMPARE(browser.model()->rowCount(), 1);
        for (int n = 0; n < 300; ++n)
            browser.appendChunk("daily-" + QByteArray::number(n) + ".cdiff\n");
        browser.appendChunk("rsync error: some files could not be transferred (code 23)");
        QCOMPARE(browser.model()->rowCount(), 302);
        QTRY_COMPARE(browser.view()->verticalScrollBar()->value(),
                     browser.view()->verticalScrollBar()->maximum());
        // Filtered, new problem lines join as they are written.
        browser.problemsOnly()->setChecked(true);
        QTRY_COMPARE(browser.model()->rowCount(), 1);
        browser.appendChunk(" at main.c(1865)\n@ERROR: max connections (10) reached\n");
        QCOMPARE(browser.model()->rowCount(), 2);
        QVERIFY(rowText(browser, 0).endsWith(QStringLiteral("main.c(1865)")));
    }
};

QTEST_MAIN(TestLogBrowser)
#include "tst_logbrowser.moc"
