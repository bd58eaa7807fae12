#include "preferences/PreferencesDialog.h"

#include "StatusColours.h"
#include "app/ConsoleSettings.h"
#include "app/Translations.h"
#include "preferences/AppearancePage.h"
#include "session/FleetSession.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(FleetSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_list(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_appearance(new AppearancePage(this)),
      m_errors(new QLabel(this)), m_smtpPassword(new QLineEdit(this))
{
    setWindowTitle(tr("Preferences"));
    for (const SettingsPage::Kind kind : SettingsPage::kinds()) {
        auto* page = new SettingsPage(kind, session.settingsPath(), this);
        m_pages.append(page);
        m_stack->addWidget(page);
        m_list->addItem(SettingsPage::title(kind));
    }
    m_smtpPassword->setEchoMode(QLineEdit::Password);
    m_smtpPassword->setPlaceholderText(tr("unchanged"));
    m_smtpPassword->setAccessibleName(tr("SMTP password"));
    auto* passwordLabel = new QLabel(tr("The SMTP user's password, kept in the system keychain "
                                        "(mirror-monitor reads its own credentials file)"),
                                     this);
    passwordLabel->setWordWrap(true);
    page(SettingsPage::Kind::Mail)->addRow(passwordLabel, m_smtpPassword);
    m_stack->addWidget(m_appearance);
    m_list->addItem(tr("Appearance"));
    m_list->setAccessibleName(tr("Pages"));
    m_list->setMaximumWidth(160);
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto* where = new QLabel(tr("Inventory: %1\nSettings: %2\nThe SSH identity: the agent's "
                                "keys, then the mirror's own key file or else the key file set "
                                "under SSH.")
                                 .arg(session.path(), session.settingsPath()),
                             this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setWordWrap(true);
    m_errors->setWordWrap(true);
    StatusColours::markAsProblems(m_errors);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this, buttons] {
        if (!save())
            return;
        if (m_smtpPassword->text().isEmpty()) {
            accept();
            return;
        }
        buttons->setEnabled(false);
        m_session.keepSmtpPassword(
            m_smtpPassword->text(), this, [this, buttons](Result<Done> kept) {
                buttons->setEnabled(true);
                if (!kept) {
                    m_errors->setText(tr("The SMTP password was not kept: %1").arg(kept.error()));
                    return;
                }
                m_smtpPassword->clear();
                accept();
            });
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* pages = new QHBoxLayout;
    pages->addWidget(m_list);
    pages->addWidget(m_stack, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(m_errors);
    layout->addWidget(where);
    layout->addWidget(buttons);
    resize(860, 480);
}

SettingsPage* PreferencesDialog::page(SettingsPage::Kind kind) const
{
    return m_pages.value(int(SettingsPage::kinds().indexOf(kind)));
}

QWidget* PreferencesDialog::editor(const QString& settingName) const
{
    return page(SettingsPage::kindOf(settingName))->editor(settingName);
}

bool PreferencesDialog::save()
{
    ConsoleSettings settings(m_session.settingsPath());
    QStringList errors;
    for (const SettingsPage* page : std::as_const(m_pages)) {
        for (const auto& [name, text] : page->values()) {
            if (settings.value(name).toString() == text)
                continue;
            QString error;
            if (!settings.setValue(name, text, &error))
                errors << error;
        }
    }
    Translations::setChosenLanguage(m_appearance->chosenLanguage());
    if (const ConsoleTheme::Choice theme = m_appearance->chosenTheme();
        theme != ConsoleTheme::kept()) {
        ConsoleTheme::keep(theme);
        ConsoleTheme::apply(theme);
        emit themeChosen(theme);
    }
    m_errors->setText(errors.join(u'\n'));
    m_session.applySettings();
    return errors.isEmpty();
}
