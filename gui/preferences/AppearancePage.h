#pragma once

#include "menus/ConsoleTheme.h"

#include <QWidget>

class QComboBox;

// How the console looks and speaks: the theme (at once) and the language
// (from the next start).
class AppearancePage : public QWidget
{
    Q_OBJECT

public:
    explicit AppearancePage(QWidget* parent = nullptr);

    QComboBox* theme() const { return m_theme; }
    QComboBox* language() const { return m_language; }
    ConsoleTheme::Choice chosenTheme() const;
    QString chosenLanguage() const; // empty: the system's

private:
    QComboBox* m_theme;
    QComboBox* m_language;
};
