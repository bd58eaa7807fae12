#include "menus/ConsoleMenus.h"

#include "menus/ConsoleActions.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace ConsoleMenus {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ConsoleMenus", text);
}

} // namespace

void fillMenuBar(QMenuBar* bar, const ConsoleActions& acts, const ViewChoices& view)
{
    QMenu* file = bar->addMenu(tr("&File"));
    file->addActions({acts.exportCsv, acts.exportJson, acts.exportHtml, acts.exportDns});
    file->addSeparator();
    file->addAction(acts.quit);

    QMenu* edit = bar->addMenu(tr("&Edit"));
    edit->addAction(acts.find);
    edit->addSeparator();
    edit->addAction(acts.preferences);

    QMenu* shown = bar->addMenu(tr("&View"));
    shown->addActions(view.panes);
    QMenu* columns = shown->addMenu(tr("Columns"));
    // Filled when opened: the header's state changes from its own menu too.
    QObject::connect(columns, &QMenu::aboutToShow, columns, [columns, fill = view.columns] {
        columns->clear();
        fill(columns);
    });
    QMenu* theme = shown->addMenu(tr("Theme"));
    theme->addActions(view.themes);

    QMenu* mirrors = bar->addMenu(tr("&Mirrors"));
    mirrors->addActions({acts.add, acts.edit, acts.importEmails});
    mirrors->addSeparator();
    mirrors->addActions({acts.syncSelection, acts.refreshSelection, acts.refreshAll,
                         acts.checkSelection, acts.checkAll});
    mirrors->addSeparator();
    mirrors->addActions({acts.maintenance, acts.disable, acts.enable, acts.remove});

    QMenu* help = bar->addMenu(tr("&Help"));
    help->addAction(acts.shortcuts);
    help->addSeparator();
    help->addAction(acts.about);
}

void fillToolBar(QToolBar* bar, const ConsoleActions& acts)
{
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({acts.refreshAll, acts.checkAll, acts.syncSelection});
    bar->addSeparator();
    bar->addActions({acts.add, acts.importEmails});
}

void fillRowMenu(QMenu* menu, const ConsoleActions& acts)
{
    const auto group = [menu](const QList<QAction*>& actions) {
        bool any = false;
        for (QAction* action : actions) {
            if (!action->isEnabled())
                continue;
            if (!any && !menu->isEmpty())
                menu->addSeparator();
            menu->addAction(action);
            any = true;
        }
    };
    group({acts.syncSelection, acts.refreshSelection, acts.checkSelection});
    group({acts.edit, acts.maintenance});
    group({acts.disable, acts.enable, acts.remove});
}

} // namespace ConsoleMenus
