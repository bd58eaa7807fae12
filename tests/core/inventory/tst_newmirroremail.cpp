#include "inventory/NewMirrorEmail.h"

#include <QFile>
#include <QTest>

// The How-to's new-mirror e-mail, as people really paste it.
class TestNewMirrorEmail : public QObject
{
    Q_OBJECT

private slots:
    void readsBothTemplatesOfTheSeed();
    void namesEveryBadLineAndKeepsTheGoodMirrors();
    void saysSoWhenThereIsNoMirror();
    void fieldBeforeAnyHostIsAProblem();

private:
    static QByteArray sample(const char* name);
};

QByteArray TestNewMirrorEmail::sample(const char* name)
{
    QFile file(QStringLiteral(MC_TEST_DATA "/email/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestNewMirrorEmail::readsBothTemplatesOfTheSeed()
{
    const NewMirrorEmail email = NewMirrorEmailParser::parse(sample("seed-both-templates.txt"));
    QVERIFY2(email.problems.isEmpty(), qPrintable(email.problems.value(0).describe()));
    QCOMPARE(email.mirrors.size(), 2);
    const MirrorRecord& first = email.mirrors.at(0);
    QCOMPARE(first.name, QStringLiteral("clamav.foo.com"));
    QCOMPARE(first.address, QStringLiteral("1.2.3.4"));
    QCOMPARE(first.country, QStringLiteral("PL"));
    QCOMPARE(first.adminName, QStringLiteral("John Doe"));
    QCOMPARE(first.adminEmail, QStringLiteral("john.doe@foo.com"));
    QVERIFY(first.alertsEmail.isEmpty());
    QCOMPARE(first.user, QStringLiteral("clamavdb"));
    const MirrorRecord& second = email.mirrors.at(1);
    QCOMPARE(second.address, QStringLiteral("2001:db8::42"));
    QCOMPARE(second.country, QStringLiteral("PL"));
    QCOMPARE(second.alertsEmail, QStringLiteral("alerts@foo.com"));
    // The e-mail says nothing of access: no shell is implied.
    QCOMPARE(first.accessMode, AccessMode::TriggerOnly);
    QCOMPARE(first.sshPort, 22);
    const NewMirrorEmail shell = NewMirrorEmailParser::parse(sample("seed-both-templates.txt"),
                                                             {AccessMode::Shell, 2222});
    for (const MirrorRecord& mirror : shell.mirrors) {
        QCOMPARE(mirror.accessMode, AccessMode::Shell);
        QCOMPARE(mirror.sshPort, 2222);
    }
}

void TestNewMirrorEmail::namesEveryBadLineAndKeepsTheGoodMirrors()
{
    const NewMirrorEmail email = NewMirrorEmailParser::parse(sample("quoted-with-errors.txt"));
    QCOMPARE(email.mirrors.size(), 1);
    QCOMPARE(email.mirrors.first().name, QStringLiteral("mirror.example.de"));
    QCOMPARE(email.mirrors.first().country, QStringLiteral("DE"));
    QCOMPARE(email.mirrors.first().adminName, QStringLiteral("Erika Mustermann"));

    QList<int> lines;
    for (const ParseProblem& p : email.problems)
        lines << p.line;
    QCOMPARE(lines, (QList<int>{6, 12, 13, 14, 15, 17}));
    QVERIFY(email.problems.at(0).reason.contains(QStringLiteral("bad host name!")));
    QVERIFY(email.problems.at(1).reason.contains(QStringLiteral("300.1.2.3")));
    QVERIFY(email.problems.at(2).reason.contains(QStringLiteral("Atlantis")));
    QVERIFY(email.problems.at(3).reason.contains(QStringLiteral("nobody")));
    QVERIFY(email.problems.at(4).reason.contains(QStringLiteral("location")));
    QVERIFY(email.problems.at(5).reason.contains(QStringLiteral("incomplete.example.fr")));
    QVERIFY(email.problems.at(5).reason.contains(QStringLiteral("ip address")));
    QVERIFY(email.problems.at(5).reason.contains(QStringLiteral("admin")));
}

void TestNewMirrorEmail::saysSoWhenThereIsNoMirror()
{
    const NewMirrorEmail email = NewMirrorEmailParser::parse("Dear team, thanks!\n");
    QVERIFY(email.mirrors.isEmpty());
    QCOMPARE(email.problems.size(), 1);
    QCOMPARE(email.problems.first().line, 0);
}

void TestNewMirrorEmail::fieldBeforeAnyHostIsAProblem()
{
    const NewMirrorEmail email = NewMirrorEmailParser::parse("* country: Poland\n");
    QCOMPARE(email.problems.size(), 1);
    QCOMPARE(email.problems.first().line, 1);
}

QTEST_GUILESS_MAIN(TestNewMirrorEmail)
#include "tst_newmirroremail.moc"
