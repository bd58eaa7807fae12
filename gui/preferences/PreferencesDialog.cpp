#include "preferences/PreferencesDialog.h"

#include "session/FleetSession.h"
#include "StatusColours.h"
#include "app/Translations.h"
#include "preferences/SettingsTableModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(FleetSession& session, QWidget* parent)
    : QDialog(parent), m_session(session),
      m_model(new SettingsTableModel(session.settingsPath(), this)),
      m_language(new QComboBox(this)), m_errors(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    auto* table = new QTableView(this);
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(tr("Settings"));
    table->resizeColumnsToContents();
    auto* where = new QLabel(tr("Inventory: %1\nSettings: %2\nThe SSH identity: the agent's "
                                "keys, then the mirror's own key file or else ssh/key-file.")
                                 .arg(session.path(), session.settingsPath()),
                             this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setWordWrap(true);
    StatusColours::markAsProblems(m_errors);
    m_language->addItem(tr("The system's language"), QString());
    // Each language by its own name, not translated: anyone finds theirs
    // whatever language is shown now.
    const std::pair<QString, QString> languages[]{{QStringLiteral("English"), QStringLiteral("en")},
                                                  {QStringLiteral("Deutsch"), QStringLiteral("de")},
                                                  {QStringLiteral("日本語"), QStringLiteral("ja")}};
    for (const auto& [name, code] : languages)
        m_language->addItem(name, code);
    m_language->setCurrentIndex(m_language->findData(Translations::chosenLanguage()));
    m_language->setAccessibleName(tr("Language"));
    auto* languageRow = new QHBoxLayout;
    languageRow->addWidget(new QLabel(tr("Language (from the next start):"), this));
    languageRow->addWidget(m_language);
    languageRow->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addLayout(languageRow);
    layout->addWidget(m_errors);
    layout->addWidget(where);
    layout->addWidget(buttons);
    resize(820, 420);
}

bool PreferencesDialog::save()
{
    const QStringList errors = m_model->apply();
    Translations::setChosenLanguage(m_language->currentData().toString());
    m_errors->setText(errors.join(u'\n'));
    m_session.applySettings();
    return errors.isEmpty();
}
