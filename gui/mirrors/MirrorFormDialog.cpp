#include "mirrors/MirrorFormDialog.h"

#include "Confirmation.h"
#include "StatusColours.h"
#include "inventory/CountryCodes.h"
#include "inventory/MirrorChange.h"
#include "inventory/MirrorInventory.h"
#include "session/FleetSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

QSpinBox* portBox(quint16 value, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1, 65535);
    box->setValue(value);
    return box;
}

} // namespace

MirrorFormDialog::MirrorFormDialog(FleetSession& session, const MirrorRecord& mirror,
                                   QWidget* parent)
    : QDialog(parent), m_session(session), m_original(mirror),
      m_sshPort(portBox(mirror.sshPort, this)), m_httpPort(portBox(mirror.httpPort, this)),
      m_access(new QComboBox(this)), m_rsyncHost(new QComboBox(this)),
      m_notes(new QPlainTextEdit(mirror.notes, this)),
      m_enabled(new QCheckBox(tr("Enabled: refreshed, checked and exported"), this)),
      m_problems(new QLabel(this)), m_save(new QPushButton(this))
{
    setWindowTitle(mirror.id ? tr("Edit mirror %1").arg(mirror.name) : tr("Add a mirror"));
    auto* form = new QFormLayout;
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    const auto line = [&](const QString& name, const QString& label, const QString& text,
                          const QString& placeholder = {}) {
        form->addRow(label, addLine(name, label, text, placeholder));
    };
    line(QStringLiteral("name"), tr("Host name"), mirror.name,
         QStringLiteral("clamav.mirror.example.org"));
    line(QStringLiteral("address"), tr("IP address"), mirror.address);
    line(QStringLiteral("country"), tr("Country (name or ISO code)"), mirror.country,
         tr("PL or Poland"));
    line(QStringLiteral("adminName"), tr("Administrator"), mirror.adminName);
    line(QStringLiteral("adminEmail"), tr("Administrator's e-mail"), mirror.adminEmail);
    line(QStringLiteral("alertsEmail"), tr("E-mail for alerts"), mirror.alertsEmail);
    form->addRow(tr("SSH port"), m_sshPort);
    form->addRow(tr("HTTP port"), m_httpPort);
    line(QStringLiteral("user"), tr("SSH user"), mirror.user);
    m_access->addItem(tr("Shell (probe and act)"), QVariant::fromValue(int(AccessMode::Shell)));
    m_access->addItem(tr("Trigger-only (forced command: any command starts a sync)"),
                      QVariant::fromValue(int(AccessMode::TriggerOnly)));
    m_access->setCurrentIndex(mirror.accessMode == AccessMode::Shell ? 0 : 1);
    form->addRow(tr("Access"), m_access);
    m_rsyncHost->setEditable(true);
    m_rsyncHost->addItems(
        {QStringLiteral("rsync1.clamav.net"), QStringLiteral("rsync2.clamav.net")});
    m_rsyncHost->setCurrentText(mirror.rsyncHost);
    form->addRow(tr("Push master"), m_rsyncHost);
    line(QStringLiteral("homeDir"), tr("Home directory"), mirror.homeDir, tr("the account's home"));
    line(QStringLiteral("confPath"), tr("Conf file"), mirror.confPath,
         QStringLiteral("~/etc/clam-clientsync.conf"));
    line(QStringLiteral("documentRoot"), tr("DocumentRoot"), mirror.documentRoot,
         tr("TO= from the conf"));
    line(QStringLiteral("accessLogPath"), tr("Access log"), mirror.accessLogPath, tr("unknown"));
    line(QStringLiteral("systemHostname"), tr("System host name"), mirror.systemHostname,
         tr("learned by the first refresh"));
    line(QStringLiteral("keyFile"), tr("SSH key file"), mirror.keyFile, tr("the console's key"));
    line(QStringLiteral("expectedHostKey"), tr("Expected host key"), mirror.expectedHostKey,
         QStringLiteral("SHA256:…"));
    line(QStringLiteral("tags"), tr("Tags"), mirror.tags.join(QStringLiteral(", ")),
         tr("comma-separated"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setMaximumHeight(80);
    form->addRow(tr("Notes"), m_notes);
    m_enabled->setChecked(mirror.enabled);
    form->addRow(m_enabled);
    m_sshPort->setAccessibleName(tr("SSH port"));
    m_httpPort->setAccessibleName(tr("HTTP port"));
    m_access->setAccessibleName(tr("Access"));
    m_rsyncHost->setAccessibleName(tr("Push master"));

    m_problems->setWordWrap(true);
    StatusColours::markAsProblems(m_problems);
    m_save->setText(mirror.id ? tr("Save") : tr("Add"));
    m_save->setDefault(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &MirrorFormDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_sshPort, &QSpinBox::valueChanged, this, &MirrorFormDialog::recheck);
    connect(m_access, &QComboBox::currentIndexChanged, this, &MirrorFormDialog::recheck);
    recheck();
}

QLineEdit* MirrorFormDialog::addLine(const QString& name, const QString& label, const QString& text,
                                     const QString& placeholder)
{
    auto* edit = new QLineEdit(text, this);
    edit->setAccessibleName(label);
    edit->setPlaceholderText(placeholder);
    m_lines.insert(name, edit);
    connect(edit, &QLineEdit::textChanged, this, &MirrorFormDialog::recheck);
    return edit;
}

QLineEdit* MirrorFormDialog::field(const QString& name) const
{
    return m_lines.value(name);
}

MirrorRecord MirrorFormDialog::record() const
{
    MirrorRecord r = m_original;
    const auto text = [this](const char* name) {
        return m_lines.value(QLatin1String(name))->text().trimmed();
    };
    r.name = text("name").toLower();
    r.address = text("address");
    // The names the e-mail import reads; what is none stays as typed, to be named.
    const QString country = CountryCodes::fromNameOrCode(text("country"));
    r.country = country.isEmpty() ? text("country").toUpper() : country;
    r.adminName = text("adminName");
    r.adminEmail = text("adminEmail");
    r.alertsEmail = text("alertsEmail");
    r.sshPort = quint16(m_sshPort->value());
    r.httpPort = quint16(m_httpPort->value());
    r.user = text("user");
    r.accessMode = AccessMode(m_access->currentData().toInt());
    r.rsyncHost = m_rsyncHost->currentText().trimmed();
    r.homeDir = text("homeDir");
    r.confPath = text("confPath");
    r.documentRoot = text("documentRoot");
    r.accessLogPath = text("accessLogPath");
    r.systemHostname = text("systemHostname");
    r.keyFile = text("keyFile");
    r.expectedHostKey = text("expectedHostKey");
    r.tags.clear();
    for (const QString& tag : text("tags").split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!tag.trimmed().isEmpty())
            r.tags << tag.trimmed();
    r.notes = m_notes->toPlainText();
    r.enabled = m_enabled->isChecked();
    return r;
}

void MirrorFormDialog::recheck()
{
    const QStringList problems = MirrorInventory::problemsOf(record());
    m_problems->setText(problems.isEmpty()
                            ? QString()
                            : tr("Not yet: %1.").arg(problems.join(QStringLiteral("; "))));
    m_save->setEnabled(problems.isEmpty());
}

void MirrorFormDialog::save()
{
    const MirrorRecord r = record();
    if (m_original.id) {
        // A change of where or how the console connects is said field by field.
        QStringList lines;
        for (const FieldChange& c : MirrorChange::between(m_original, r)) {
            if (MirrorChange::mattersToSafety(c))
                lines << tr("%1: %2 → %3").arg(c.field, c.before, c.after);
        }
        const bool opensShell = MirrorChange::opensAShell(m_original, r);
        const QString question =
            opensShell
                ? tr("%1 is trigger-only: any command there starts a sync. As a shell mirror "
                     "the console will run its probe there at every refresh. Do it only when "
                     "the mirror's admin installed the shell key.\n\n%2")
                      .arg(r.name, lines.join(QLatin1Char('\n')))
                : tr("These changes of %1 decide where and how the console connects:\n\n%2")
                      .arg(r.name, lines.join(QLatin1Char('\n')));
        if (!lines.isEmpty() &&
            !Confirmation::ask(this, opensShell ? tr("Allow shell access") : tr("Change access"),
                               question, opensShell ? tr("Allow shell") : tr("Save")))
            return;
    }
    // Until the store answers, a second click would save twice.
    m_save->setEnabled(false);
    const auto saved = [this](const Result<Done>& outcome) {
        if (!outcome) {
            m_problems->setText(outcome.error());
            m_save->setEnabled(true);
            return;
        }
        accept();
    };
    if (m_original.id)
        m_session.storedInventory().update(r, this, saved);
    else
        m_session.storedInventory().add({r}, tr("the mirror form"), this, saved);
}
