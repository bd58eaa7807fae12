#include "menus/ConsoleTheme.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace {

const QString kKey = QStringLiteral("view/theme");

// Each choice's word in the settings and its title, in the menu's order.
struct Named
{
    ConsoleTheme::Choice choice;
    const char* key;
    const char* title;
};
constexpr Named kNamed[] = {
    {ConsoleTheme::Choice::System, "system", QT_TRANSLATE_NOOP("ConsoleTheme", "As the desktop")},
    {ConsoleTheme::Choice::Light, "light", QT_TRANSLATE_NOOP("ConsoleTheme", "Light")},
    {ConsoleTheme::Choice::Dark, "dark", QT_TRANSLATE_NOOP("ConsoleTheme", "Dark")}};

const Named& named(ConsoleTheme::Choice choice)
{
    for (const Named& n : kNamed)
        if (n.choice == choice)
            return n;
    return kNamed[0];
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb5));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return p;
}

} // namespace

QList<ConsoleTheme::Choice> ConsoleTheme::choices()
{
    QList<Choice> all;
    for (const Named& n : kNamed)
        all << n.choice;
    return all;
}

QString ConsoleTheme::title(Choice choice)
{
    return tr(named(choice).title);
}

ConsoleTheme::Choice ConsoleTheme::kept()
{
    const QString key = QSettings().value(kKey).toString();
    for (const Named& n : kNamed)
        if (QLatin1String(n.key) == key)
            return n.choice;
    return Choice::System;
}

void ConsoleTheme::keep(Choice choice)
{
    QSettings().setValue(kKey, QString::fromLatin1(named(choice).key));
}

void ConsoleTheme::apply(Choice choice)
{
    // The desktop's look as the console started, to come back to.
    static const QString desktopStyle = QApplication::style()->name();
    static const QPalette desktopPalette = QApplication::palette();
    if (choice == Choice::System) {
        QApplication::setStyle(QStyleFactory::create(desktopStyle));
        QApplication::setPalette(desktopPalette);
        return;
    }
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    const QPalette palette = choice == Choice::Dark ? darkPalette() : fusion->standardPalette();
    QApplication::setStyle(fusion);
    QApplication::setPalette(palette);
}
