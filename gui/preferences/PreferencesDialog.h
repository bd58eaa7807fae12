#pragma once

#include "menus/ConsoleTheme.h"
#include "preferences/SettingsPage.h"

#include <QDialog>

class AppearancePage;
class FleetSession;
class QLabel;
class QLineEdit;
class QListWidget;
class QStackedWidget;

// The settings in pages (SSH, Freshness, HTTP, Syncs, DNS, Alerts, Mail,
// Appearance), each edited by a typed editor, and where the data lives.
// Saved values take effect at once (SSH ones for connections opened from
// then on); the language at the next start. The SMTP password typed on the
// Mail page goes to the system keychain, never to the settings; the dialog
// closes once the keychain took it.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(FleetSession& session, QWidget* parent = nullptr);

    QListWidget* pageList() const { return m_list; }
    SettingsPage* page(SettingsPage::Kind kind) const;
    AppearancePage* appearance() const { return m_appearance; }
    // The editor of a setting, whichever page it is on.
    QWidget* editor(const QString& settingName) const;
    QLabel* errors() const { return m_errors; }
    QLineEdit* smtpPassword() const { return m_smtpPassword; }
    // Writes the edits; false (the dialog stays) when one was refused.
    bool save();

signals:
    void themeChosen(ConsoleTheme::Choice choice);

private:
    FleetSession& m_session;
    QListWidget* m_list;
    QStackedWidget* m_stack;
    QList<SettingsPage*> m_pages;
    AppearancePage* m_appearance;
    QLabel* m_errors;
    QLineEdit* m_smtpPassword;
};
