#include "HostKeyDialog.h"
#include "MainWindow.h"
#include "StatusColours.h"
#include "fleet/FleetView.h"
#include "mirrors/ImportEmailDialog.h"
#include "mirrors/MirrorFormDialog.h"
#include "preferences/PreferencesDialog.h"
#include "session/FleetSession.h"
#include "sync/SyncDialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Every control a keyboard or a screen reader reaches, by its class.
bool isControl(const QWidget* widget)
{
    return qobject_cast<const QAbstractButton*>(widget) || qobject_cast<const QLineEdit*>(widget) ||
           qobject_cast<const QComboBox*>(widget) ||
           qobject_cast<const QAbstractSpinBox*>(widget) ||
           qobject_cast<const QAbstractItemView*>(widget) ||
           qobject_cast<const QPlainTextEdit*>(widget) || qobject_cast<const QChartView*>(widget);
}

// The controls under root that a screen reader would announce without a name.
QStringList unnamed(QWidget* root)
{
    QStringList found;
    for (QWidget* widget : root->findChildren<QWidget*>()) {
        if (!isControl(widget) || widget->parentWidget() == nullptr)
            continue;
        // Parts Qt builds inside its own widgets (a combo box's popup list,
        // a spin box's editor, a tab bar's scroll buttons) are named by them.
        const QWidget* parent = widget->parentWidget();
        if (qobject_cast<const QComboBox*>(parent) ||
            qobject_cast<const QAbstractSpinBox*>(parent) ||
            qobject_cast<const QLineEdit*>(parent) || parent->inherits("QTabBar") ||
            parent->inherits("QComboBoxPrivateContainer") || parent->inherits("QDockWidget") ||
            parent->inherits("QToolBar") || widget->inherits("QToolBarExtension") ||
            parent->inherits("QAbstractScrollArea") || parent->inherits("QCalendarWidget") ||
            widget->objectName().startsWith(u"qt_"))
            continue;
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            found << QStringLiteral("%1 in %2")
                         .arg(QString::fromLatin1(widget->metaObject()->className()),
                              QString::fromLatin1(parent->metaObject()->className()));
    }
    return found;
}

} // namespace

// Every control of every window and dialog has a name a screen reader can
// say; the status colours stay readable in light and dark palettes.
class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_session.open(m_dir.filePath(QStringLiteral("inventory.sqlite"))));
        MirrorRecord mirror;
        mirror.name = QStringLiteral("clamav.example.org");
        mirror.address = QStringLiteral("192.0.2.10");
        mirror.country = QStringLiteral("PL");
        std::optional<Result<Done>> added;
        m_session.storedInventory().add({mirror}, QStringLiteral("test"), nullptr,
                                        [&](const Result<Done>& r) { added = r; });
        QTRY_VERIFY(added);
        QVERIFY(*added);
        m_mirror = *m_session.inventory().find(mirror.name);
    }

    void everyControlHasAName_data()
    {
        QTest::addColumn<QString>("window");
        for (const char* name : {"main window", "mirror form", "e-mail import", "preferences",
                                 "sync", "changed host key"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void everyControlHasAName()
    {
        QFETCH(QString, window);
        std::unique_ptr<QWidget> shown;
        if (window == QLatin1String("main window")) {
            auto* main = new MainWindow(m_session);
            shown.reset(main);
            // Every tab of the detail pane, each filled.
            main->fleetView()->table()->selectRow(0);
        } else if (window == QLatin1String("mirror form")) {
            shown = std::make_unique<MirrorFormDialog>(m_session, m_mirror);
        } else if (window == QLatin1String("e-mail import")) {
            shown = std::make_unique<ImportEmailDialog>(m_session);
        } else if (window == QLatin1String("preferences")) {
            shown = std::make_unique<PreferencesDialog>(m_session);
        } else if (window == QLatin1String("sync")) {
            shown = std::make_unique<SyncDialog>(m_session, QList<MirrorRecord>{m_mirror});
        } else {
            HostKeyVerdict verdict;
            verdict.status = HostKeyVerdict::Status::Changed;
            verdict.presentedFingerprint = QStringLiteral("SHA256:new");
            verdict.recordedFingerprints = {QStringLiteral("SHA256:old")};
            shown = std::make_unique<HostKeyDialog>(m_session, m_mirror, verdict);
        }
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
        const QStringList missing = unnamed(shown.get());
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    }

    void anUnnamedControlIsFound()
    {
        QWidget form;
        auto* named = new QLineEdit(&form);
        named->setAccessibleName(QStringLiteral("Host name"));
        new QLineEdit(&form);
        form.show();
        QCOMPARE(unnamed(&form).size(), 1);
    }

    void statusColoursReadInLightAndDark()
    {
        QPalette light = QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette();
        QPalette dark = light;
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
        for (const QPalette& palette : {light, dark}) {
            for (const auto status : {StatusColours::Status::Good, StatusColours::Status::Warning,
                                      StatusColours::Status::Bad}) {
                const double ratio = StatusColours::contrast(StatusColours::text(status, palette),
                                                             palette.color(QPalette::Base));
                QVERIFY2(ratio >= 4.5, qPrintable(QString::number(ratio)));
            }
        }
    }

private:
    QTemporaryDir m_dir;
    FleetSession m_session;
    MirrorRecord m_mirror;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
