#include "menus/ConsoleActions.h"

#include "menus/ConsoleIcons.h"

#include <QAction>

#include <algorithm>

ConsoleActions::ConsoleActions(QObject* parent) : QObject(parent)
{
    exportCsv = make(tr("Export fleet as CSV…"), QStringLiteral("document-export"), {},
                     tr("Every enabled mirror's verdict and uptime, as mirrorctl verdicts --csv"));
    exportJson = make(tr("Export fleet as JSON…"), {}, {},
                      tr("The same as JSON, as mirrorctl verdicts --json"));
    exportHtml = make(tr("Export fleet as HTML page…"), {}, {},
                      tr("The mirrors page, as mirrorctl export-html"));
    exportDns = make(tr("Export DNS records…"), {}, {},
                     tr("Each country's db.XY.clamav.net records of the mirrors fit to serve, as "
                        "mirrorctl export-dns"));
    quit = make(tr("Quit"), QStringLiteral("application-exit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    find = make(tr("Find mirror"), QStringLiteral("edit-find"), QKeySequence::Find,
                tr("Filter the fleet by name, address, admin or tag"));
    preferences = make(tr("Preferences…"), QStringLiteral("preferences-system"),
                       QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    refreshAll = make(tr("Refresh all"), QStringLiteral("view-refresh"), QKeySequence::Refresh,
                      tr("Probe every shell-mode mirror: one round trip each (F5)"));
    refreshSelection = make(tr("Refresh selection"), {}, QKeySequence(Qt::CTRL | Qt::Key_R),
                            tr("Probe the selected shell-mode mirrors only (Ctrl+R)"));
    checkAll = make(tr("Check freshness"), QStringLiteral("checkmark"),
                    QKeySequence(Qt::SHIFT | Qt::Key_F5),
                    tr("Check every enabled mirror over HTTP now, trigger-only ones too "
                       "(Shift+F5); it runs every hour in any case"));
    checkSelection =
        make(tr("Check freshness of selection"), {}, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
             tr("Check the selected mirrors over HTTP now (Ctrl+Shift+R)"));
    syncSelection = make(tr("Sync selection…"), QStringLiteral("emblem-synchronizing"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                         tr("Start clam-clientsync on the selected mirrors (Ctrl+Shift+S)"));
    add = make(tr("Add mirror…"), QStringLiteral("list-add"), QKeySequence::New);
    edit = make(tr("Edit mirror…"), QStringLiteral("document-edit"),
                QKeySequence(Qt::CTRL | Qt::Key_E));
    importEmails = make(tr("Import new-mirror e-mails…"), QStringLiteral("document-import"),
                        QKeySequence(Qt::CTRL | Qt::Key_I),
                        tr("Paste the e-mails new mirrors send, as the How-to asks them to"));
    maintenance = make(tr("Maintenance…"), QStringLiteral("appointment-new"), {},
                       tr("A time without alerts, mails or DNS for the mirror, as its admin "
                          "announced it"));
    disable = make(tr("Disable selection"), QStringLiteral("media-playback-pause"), {},
                   tr("Kept in the inventory, left out of refreshes, checks and DNS"));
    enable = make(tr("Enable selection"), QStringLiteral("media-playback-start"));
    remove = make(tr("Remove selection…"), QStringLiteral("list-remove"), QKeySequence::Delete);

    shortcuts = make(tr("Keyboard shortcuts"), QStringLiteral("preferences-desktop-keyboard"),
                     QKeySequence(Qt::CTRL | Qt::Key_Slash));
    about = make(tr("About Mirror Console"), QStringLiteral("help-about"));
    about->setMenuRole(QAction::AboutRole);
    applyTo({});
}

QAction* ConsoleActions::make(const QString& text, const QString& icon,
                              const QKeySequence& shortcut, const QString& tip)
{
    auto* action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(ConsoleIcons::icon(icon));
    action->setShortcut(shortcut);
    // Shortcuts of the window, not of whichever widget has the focus.
    action->setShortcutContext(Qt::WindowShortcut);
    if (!tip.isEmpty())
        action->setToolTip(tip);
    return action;
}

void ConsoleActions::applyTo(const QList<MirrorRecord>& selected)
{
    const auto any = [&](auto test) {
        return std::any_of(selected.cbegin(), selected.cend(), test);
    };
    const bool someEnabled = any([](const MirrorRecord& m) { return m.enabled; });
    refreshSelection->setEnabled(
        any([](const MirrorRecord& m) { return m.enabled && m.accessMode == AccessMode::Shell; }));
    checkSelection->setEnabled(!selected.isEmpty());
    syncSelection->setEnabled(someEnabled);
    edit->setEnabled(selected.size() == 1);
    maintenance->setEnabled(selected.size() == 1);
    disable->setEnabled(someEnabled);
    enable->setEnabled(any([](const MirrorRecord& m) { return !m.enabled; }));
    remove->setEnabled(!selected.isEmpty());
}

QList<QAction*> ConsoleActions::all() const
{
    return {exportCsv,   exportJson,     exportHtml,
            exportDns,   quit,           find,
            preferences, refreshAll,     refreshSelection,
            checkAll,    checkSelection, syncSelection,
            add,         edit,           importEmails,
            maintenance, disable,        enable,
            remove,      shortcuts,      about};
}
