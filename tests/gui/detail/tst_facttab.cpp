#include "detail/FactTab.h"
#include "detail/FactTableModel.h"
#include "facts/FirewallVerdict.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

// The setup audit and the firewall: failures first, the chosen check read in
// full with its fix, and the fix one click from the clipboard.
class TestFactTab : public QObject
{
    Q_OBJECT

private slots:
    void failuresComeFirstWithTheirFixReadyToCopy()
    {
        FactTab tab(QStringLiteral("Firewall"));
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.resize(700, 400);
        tab.show();
        const QString rule =
            QStringLiteral("iptables -I OUTPUT -p tcp -d 198.148.79.65 --dport 873 -j ACCEPT\n"
                           "iptables -I OUTPUT -p tcp -d 128.177.8.249 --dport 873 -j ACCEPT");
        FirewallCheck ok{QStringLiteral("ssh-in"),
                         QStringLiteral("22/tcp in"),
                         FirewallCheck::Result::Ok,
                         QStringLiteral("accepted"),
                         {}};
        FirewallCheck unknown{QStringLiteral("ssh-redirect"),
                              QStringLiteral("redirect"),
                              FirewallCheck::Result::Unknown,
                              QStringLiteral("unreadable"),
                              {}};
        FirewallCheck blocked{QStringLiteral("rsync-out-tcp"), QStringLiteral("873/tcp out"),
                              FirewallCheck::Result::Blocked,
                              QStringLiteral("198.148.79.65: -A OUTPUT -p tcp --dport 873 -j DROP"),
                              rule};
        tab.showLines(QStringLiteral("Rules read with iptables-save"),
                      {FactLine::of(ok), FactLine::of(unknown), FactLine::of(blocked)});

        QCOMPARE(tab.model()->rowCount(), 3);
        const auto title = [&tab](int row) {
            return tab.model()->index(row, FactTableModel::Title).data().toString();
        };
        QCOMPARE(title(0), QStringLiteral("873/tcp out"));
        QCOMPARE(title(1), QStringLiteral("redirect"));
        QCOMPARE(title(2), QStringLiteral("22/tcp in"));
        // One line a check; the fix is read below, not squeezed into a cell.
        QVERIFY(!tab.table()->wordWrap());
        QVERIFY(tab.table()->isColumnHidden(FactTableModel::Fix));

        // The first failure is chosen: its evidence and fix in full.
        QCOMPARE(tab.table()->currentIndex().row(), 0);
        QVERIFY(tab.evidence()->text().contains(QStringLiteral("-j DROP")));
        QCOMPARE(tab.fix()->toPlainText(), rule);
        QVERIFY(tab.copyFixButton()->isEnabled());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(tab.copyFixButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), rule);

        // A check that passed has nothing to copy.
        tab.table()->setCurrentIndex(tab.model()->index(2, FactTableModel::Title));
        QVERIFY(tab.fix()->toPlainText().isEmpty());
        QCOMPARE(tab.fix()->placeholderText(), QStringLiteral("Nothing to fix."));
        QVERIFY(!tab.copyFixButton()->isEnabled());

        tab.showLines(QStringLiteral("none"), {});
        QVERIFY(!tab.copyFixButton()->isEnabled());
        QVERIFY(tab.fix()->toPlainText().isEmpty());
    }
};

QTEST_MAIN(TestFactTab)
#include "tst_facttab.moc"
