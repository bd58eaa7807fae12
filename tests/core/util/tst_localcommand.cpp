#include "util/LocalCommand.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

// A local program run for the service: its input, its exit, its output cut
// at the cap, its deadline, and one that cannot start, each told after
// run() returned.
class TestLocalCommand : public QObject
{
    Q_OBJECT

private slots:
    void inputGoesInAndTheExitComesOut();
    void outputStopsAtTheCap();
    void theDeadlineKills();
    void aMissingProgramIsToldLater();

private:
    static LocalCommand::Outcome run(LocalCommand& command, const QString& program,
                                     const QStringList& args, const QByteArray& input,
                                     std::chrono::milliseconds deadline, qsizetype cap = 65536)
    {
        QSignalSpy finished(&command, &LocalCommand::finished);
        if (!command.run(program, args, input, deadline, cap) || !finished.wait(30000))
            return {};
        return finished.first().at(0).value<LocalCommand::Outcome>();
    }
};

void TestLocalCommand::inputGoesInAndTheExitComesOut()
{
    LocalCommand command;
    auto out = run(command, QStringLiteral("/bin/sh"),
                   {QStringLiteral("-c"), QStringLiteral("cat; echo oops >&2; exit 4")}, "send\n",
                   std::chrono::seconds(10));
    QVERIFY(out.started);
    QCOMPARE(out.exitCode, 4);
    QCOMPARE(out.output, QByteArray("send\noops\n"));
    QVERIFY(!out.succeeded());
    QCOMPARE(out.failure(QStringLiteral("sh")),
             QStringLiteral("sh failed with exit code 4: send oops"));
    out = run(command, QStringLiteral("/bin/true"), {}, {}, std::chrono::seconds(10));
    QVERIFY(out.succeeded());
    QVERIFY(out.failure(QStringLiteral("true")).isEmpty());
}

void TestLocalCommand::outputStopsAtTheCap()
{
    LocalCommand command;
    const auto out = run(command, QStringLiteral("/bin/sh"),
                         {QStringLiteral("-c"), QStringLiteral("head -c 5000000 /dev/zero")}, {},
                         std::chrono::seconds(20), 1000);
    QVERIFY(out.succeeded());
    QCOMPARE(out.output.size(), 1000);
}

void TestLocalCommand::theDeadlineKills()
{
    LocalCommand command;
    QElapsedTimer clock;
    clock.start();
    const auto out = run(command, QStringLiteral("/bin/sleep"), {QStringLiteral("60")}, {},
                         std::chrono::milliseconds(300));
    QVERIFY(clock.elapsed() < 10000);
    QVERIFY(out.timedOut);
    QVERIFY(!out.succeeded());
    QVERIFY2(out.failure(QStringLiteral("sleep")).contains(QStringLiteral("deadline")),
             qPrintable(out.failure(QStringLiteral("sleep"))));
    QVERIFY(!command.busy());
}

void TestLocalCommand::aMissingProgramIsToldLater()
{
    LocalCommand command;
    bool toldInside = false;
    bool inside = true;
    connect(&command, &LocalCommand::finished, this, [&] { toldInside = inside; });
    QSignalSpy finished(&command, &LocalCommand::finished);
    QVERIFY(command.run(QStringLiteral("/nonexistent/nsupdate"), {}, "x", std::chrono::seconds(5)));
    inside = false;
    QVERIFY(command.busy()); // until it is told
    QVERIFY(!command.run(QStringLiteral("/bin/true"), {}, {}, std::chrono::seconds(5)));
    QVERIFY(finished.wait(10000));
    QVERIFY(!toldInside);
    const auto out = finished.first().at(0).value<LocalCommand::Outcome>();
    QVERIFY(!out.started);
    QCOMPARE(out.failure(QStringLiteral("nsupdate")),
             QStringLiteral("nsupdate could not be started"));
}

QTEST_GUILESS_MAIN(TestLocalCommand)
#include "tst_localcommand.moc"
