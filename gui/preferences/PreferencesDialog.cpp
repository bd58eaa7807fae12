#include "preferences/PreferencesDialog.h"

#include "ConsoleBackend.h"
#include "StatusColours.h"
#include "preferences/SettingsTableModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

PreferencesDialog::PreferencesDialog(ConsoleBackend& backend, QWidget* parent)
    : QDialog(parent), m_backend(backend),
      m_model(new SettingsTableModel(backend.settingsPath(), this)), m_errors(new QLabel(this))
{
    setWindowTitle(tr("Preferences"));
    auto* table = new QTableView(this);
    table->setModel(m_model);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(tr("Settings"));
    table->resizeColumnsToContents();
    auto* where = new QLabel(tr("Inventory: %1\nSettings: %2\nThe SSH identity is the agent's "
                                "keys or a mirror's own key file, set per mirror.")
                                 .arg(backend.path(), backend.settingsPath()),
                             this);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setWordWrap(true);
    StatusColours::markAsProblems(m_errors);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(m_errors);
    layout->addWidget(where);
    layout->addWidget(buttons);
    resize(820, 420);
}

bool PreferencesDialog::save()
{
    const QStringList errors = m_model->apply();
    m_errors->setText(errors.join(u'\n'));
    m_backend.applySettings();
    return errors.isEmpty();
}
