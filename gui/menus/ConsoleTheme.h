#pragma once

#include <QCoreApplication>
#include <QString>

// The console's colours: the desktop's own, or light or dark whatever the
// desktop says (Fusion's look, with its palettes). Kept between runs.
class ConsoleTheme
{
    Q_DECLARE_TR_FUNCTIONS(ConsoleTheme)

public:
    enum class Choice
    {
        System,
        Light,
        Dark
    };

    static QList<Choice> choices(); // in the menu's order
    static QString title(Choice choice);
    // The kept choice, System when none or unknown.
    static Choice kept();
    static void keep(Choice choice);
    // On the running application; the desktop's look comes back with System.
    static void apply(Choice choice);
};
