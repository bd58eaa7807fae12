#include "mirrors/ImportEmailDialog.h"

#include "StatusColours.h"
#include "inventory/NewMirrorEmail.h"
#include "mirrors/ImportPreviewModel.h"
#include "session/FleetSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

ImportEmailDialog::ImportEmailDialog(FleetSession& session, QWidget* parent)
    : QDialog(parent), m_session(session), m_paste(new QPlainTextEdit(this)),
      m_preview(new ImportPreviewModel(this)), m_problems(new QLabel(this)),
      m_partial(new QCheckBox(tr("Import the mirrors that are fine, leave the rest"), this)),
      m_access(new QComboBox(this)), m_sshPort(new QSpinBox(this)), m_added(new QLabel(this)),
      m_import(new QPushButton(tr("Import"), this))
{
    setWindowTitle(tr("Import new-mirror e-mails"));
    m_paste->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_paste->setPlaceholderText(tr("Paste one or more e-mails here:\n"
                                   "  * clamav.foo.com\n  * ip address: 1.2.3.4\n"
                                   "  * country: Poland\n"
                                   "  * admin: John Doe <john.doe@foo.com> || <alerts@foo.com>"));
    m_paste->setAccessibleName(tr("Pasted e-mail"));
    auto* table = new QTableView(this);
    table->setModel(m_preview);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(tr("Mirrors read from the e-mail"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColours::markAsProblems(m_problems);
    m_access->addItem(tr("Trigger-only (forced command: any command starts a sync)"),
                      int(AccessMode::TriggerOnly));
    m_access->addItem(tr("Shell (the admin installed the shell key)"), int(AccessMode::Shell));
    m_access->setAccessibleName(tr("Access"));
    m_access->setToolTip(tr("The e-mail does not say which key the admin installed: "
                            "authorized_keys_noshell (trigger-only) or authorized_keys_shell."));
    m_sshPort->setRange(1, 65535);
    m_sshPort->setValue(22);
    m_sshPort->setAccessibleName(tr("SSH port"));
    m_sshPort->setToolTip(tr("Where the mirror's sshd listens; the How-to asks for 22, or a "
                             "redirect from 22 for the team's addresses."));
    auto* reach = new QFormLayout;
    reach->addRow(tr("Access"), m_access);
    reach->addRow(tr("SSH port"), m_sshPort);
    m_added->setWordWrap(true);
    m_added->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_added->setAccessibleName(tr("Mirrors added"));
    m_added->hide();
    auto* buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QDialogButtonBox::Cancel);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(m_import, &QPushButton::clicked, this, &ImportEmailDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_paste, &QPlainTextEdit::textChanged, this, &ImportEmailDialog::reread);
    connect(m_partial, &QCheckBox::toggled, this, &ImportEmailDialog::reread);
    connect(m_access, &QComboBox::currentIndexChanged, this, &ImportEmailDialog::reread);
    connect(m_sshPort, &QSpinBox::valueChanged, this, &ImportEmailDialog::reread);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_paste, 2);
    layout->addWidget(table, 1);
    layout->addWidget(m_problems);
    layout->addLayout(reach);
    layout->addWidget(m_partial);
    layout->addWidget(m_added);
    layout->addWidget(buttons);
    resize(860, 560);
    reread();
    m_session.storedInventory().mirrors(this, [this](const QList<MirrorRecord>& mirrors) {
        for (const MirrorRecord& mirror : mirrors)
            m_known.insert(mirror.name);
        reread();
    });
}

void ImportEmailDialog::reread()
{
    // Nothing pasted yet is no problem to name.
    const QString text = m_paste->toPlainText();
    const NewMirrorEmail parsed =
        text.trimmed().isEmpty() ? NewMirrorEmail{}
                                 : NewMirrorEmailParser::parse(
                                       text.toUtf8(), {AccessMode(m_access->currentData().toInt()),
                                                       quint16(m_sshPort->value())});
    QStringList known;
    for (const MirrorRecord& m : parsed.mirrors) {
        if (m_known.contains(m.name))
            known << m.name;
    }
    m_preview->setMirrors(parsed.mirrors, known);
    QStringList lines;
    for (const ParseProblem& problem : parsed.problems)
        lines << problem.describe();
    m_problemCount = int(parsed.problems.size());
    m_problems->setText(lines.join(u'\n'));
    const int fresh = int(m_preview->newMirrors().size());
    m_import->setText(tr("Import %n mirror(s)", nullptr, fresh));
    m_import->setEnabled(fresh > 0 && (m_problemCount == 0 || m_partial->isChecked()));
}

void ImportEmailDialog::import()
{
    if (!m_import->isEnabled())
        return;
    // Until the store answers, a second click would import twice.
    m_import->setEnabled(false);
    const QList<MirrorRecord> mirrors = m_preview->newMirrors();
    m_session.storedInventory().add(
        mirrors, tr("a pasted e-mail"), this, [this, mirrors](const Result<Done>& added) {
            if (!added) {
                m_problems->setText(added.error());
                m_import->setEnabled(true);
                return;
            }
            QStringList names;
            for (const MirrorRecord& mirror : mirrors) {
                m_known.insert(mirror.name);
                names << tr("%1 (%2, %3, port %4)")
                             .arg(mirror.name, mirror.country,
                                  mirror.accessMode == AccessMode::Shell ? tr("shell")
                                                                         : tr("trigger-only"))
                             .arg(mirror.sshPort);
            }
            m_added->setText(tr("Added %n mirror(s) to the inventory: %1. Paste another e-mail "
                                "to add more.",
                                nullptr, int(names.size()))
                                 .arg(names.join(QStringLiteral(", "))));
            m_added->show();
            m_close->setText(tr("Close"));
            m_paste->clear();
        });
}
