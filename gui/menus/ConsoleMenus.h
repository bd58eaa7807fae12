#pragma once

#include <QList>

#include <functional>

class ConsoleActions;
class QAction;
class QMenu;
class QMenuBar;
class QToolBar;

// Where the acts appear: the menu bar as desktop tools sysadmins know lay it
// out (File, Edit, View, Mirrors, Help), the toolbar, and the menu of the
// fleet's rows.
namespace ConsoleMenus {

struct ViewChoices
{
    QList<QAction*> panes;               // each pane's or dock's own toggle
    std::function<void(QMenu*)> columns; // fills the fleet's columns, each a toggle
    QList<QAction*> themes;              // exclusive
};

void fillMenuBar(QMenuBar* bar, const ConsoleActions& acts, const ViewChoices& view);
void fillToolBar(QToolBar* bar, const ConsoleActions& acts);
// The acts that apply to the selected rows; those that do not are left out.
void fillRowMenu(QMenu* menu, const ConsoleActions& acts);

} // namespace ConsoleMenus
