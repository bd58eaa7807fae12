#pragma once

#include "inventory/MirrorRecord.h"

#include <QKeySequence>
#include <QObject>

class QAction;

// Every act the console offers, once: its words, icon, shortcut and
// tooltip, shared by the menu bar, the toolbar, the rows' context menu and
// the list of shortcuts. What each does is wired by the window.
class ConsoleActions : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleActions(QObject* parent);

    // Enabled as they apply to the selected mirrors: a refresh needs a
    // shell-mode one, a sync an enabled one, an edit exactly one.
    void applyTo(const QList<MirrorRecord>& selected);
    // In menu order, for the list of shortcuts.
    QList<QAction*> all() const;

    QAction* exportCsv;
    QAction* exportJson;
    QAction* exportHtml;
    QAction* exportDns;
    QAction* quit;

    QAction* find;
    QAction* preferences;

    QAction* refreshAll;
    QAction* refreshSelection;
    QAction* checkAll;
    QAction* checkSelection;
    QAction* syncSelection;
    QAction* add;
    QAction* edit;
    QAction* importEmails;
    QAction* maintenance;
    QAction* disable;
    QAction* enable;
    QAction* remove;

    QAction* shortcuts;
    QAction* about;

private:
    QAction* make(const QString& text, const QString& icon = {}, const QKeySequence& shortcut = {},
                  const QString& tip = {});
};
