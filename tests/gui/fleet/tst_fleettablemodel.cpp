#include "app/Translations.h"
#include "fleet/FleetTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QTranslator>

// Cells that say what is known, and that something is not.
class TestFleetTableModel : public QObject
{
    Q_OBJECT

private slots:
    void unknownsAreSaidNotHidden();
};

namespace {

FleetRow row(const QString& name, const QJsonObject& disk, const QStringList& firewall)
{
    FleetRow r;
    r.mirror.name = name;
    QJsonArray checks;
    for (const QString& result : firewall)
        checks.append(QJsonObject{{QStringLiteral("result"), result}});
    r.facts = {{QStringLiteral("mirror"), name},
               {QStringLiteral("probed"), true},
               {QStringLiteral("disk"), QJsonObject{{QStringLiteral("documentRoot"), disk}}},
               {QStringLiteral("firewall"), QJsonObject{{QStringLiteral("checks"), checks}}}};
    return r;
}

} // namespace

void TestFleetTableModel::unknownsAreSaidNotHidden()
{
    // English plural forms, as the console loads them.
    QTranslator english;
    QVERIFY(Translations::load(english, QLocale(QLocale::English)));
    QCoreApplication::installTranslator(&english);
    FleetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList mostlyUnknown{QStringLiteral("ok"),      QStringLiteral("ok"),
                                    QStringLiteral("unknown"), QStringLiteral("unknown"),
                                    QStringLiteral("unknown"), QStringLiteral("unknown")};
    model.setRows(
        {row(QStringLiteral("a.example.net"), {}, mostlyUnknown),
         row(QStringLiteral("b.example.net"), QJsonObject{{QStringLiteral("available"), 2048}},
             {QStringLiteral("missing"), QStringLiteral("unknown")}),
         row(QStringLiteral("c.example.net"), QJsonObject{{QStringLiteral("available"), 0}},
             {QStringLiteral("ok")})});
    auto cell = [&](int r, int column) {
        return model.data(model.index(r, column)).toString();
    };
    QCOMPARE(cell(0, FleetTableModel::DiskFree), QStringLiteral("unknown"));
    QCOMPARE(cell(0, FleetTableModel::Firewall), QStringLiteral("2 ok, 4 unknown"));
    QCOMPARE(cell(1, FleetTableModel::DiskFree),
             QLocale().formattedDataSize(2048 * 1024, 1, QLocale::DataSizeSIFormat));
    QCOMPARE(cell(1, FleetTableModel::Firewall), QStringLiteral("1 problem, 1 unknown"));
    // A full disk is a number, not an unknown.
    QCOMPARE(cell(2, FleetTableModel::DiskFree),
             QLocale().formattedDataSize(0, 1, QLocale::DataSizeSIFormat));
    QCOMPARE(cell(2, FleetTableModel::Firewall), QStringLiteral("1 ok"));
}

QTEST_MAIN(TestFleetTableModel)
#include "tst_fleettablemodel.moc"
