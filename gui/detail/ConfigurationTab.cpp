#include "detail/ConfigurationTab.h"

#include "Confirmation.h"
#include "StatusColours.h"
#include "parsers/ClientSyncConf.h"
#include "session/FleetSession.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ConfigurationTab::ConfigurationTab(FleetSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_showPassword(new QCheckBox(tr("Show"), this)),
      m_raw(new QPlainTextEdit(this)), m_status(new QLabel(this)), m_problems(new QLabel(this)),
      m_reload(new QPushButton(tr("Reload from the mirror"), this)),
      m_save(new QPushButton(tr("Review and save…"), this)),
      m_revert(new QPushButton(tr("Revert"), this)),
      m_convert(new QPushButton(tr("Use Unix line endings"), this)),
      m_keepPassword(new QCheckBox(tr("Keep a new password in the system keychain"), this))
{
    auto* form = new QFormLayout;
    for (const QString& key : ClientSyncConf::knownKeys()) {
        auto* edit = new QLineEdit(this);
        edit->setAccessibleName(key);
        m_fields.insert(key, edit);
        connect(edit, &QLineEdit::textEdited, this,
                [this, key](const QString& value) { fieldEdited(key, value); });
        if (key == QLatin1String("RSYNC_PASSWORD")) {
            edit->setEchoMode(QLineEdit::Password);
            auto* row = new QHBoxLayout;
            row->addWidget(edit, 1);
            row->addWidget(m_showPassword);
            form->addRow(key, row);
        } else {
            form->addRow(key, edit);
        }
    }
    connect(m_showPassword, &QCheckBox::toggled, this, [this](bool shown) {
        m_fields.value(QStringLiteral("RSYNC_PASSWORD"))
            ->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_raw->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_raw->setAccessibleName(tr("clam-clientsync.conf as text"));
    m_raw->setToolTip(tr("The whole file. RSYNC_PASSWORD=******** keeps the current password; "
                         "type a new value to change it."));
    connect(m_raw, &QPlainTextEdit::textChanged, this, &ConfigurationTab::rawEdited);
    m_status->setWordWrap(true);
    m_problems->setWordWrap(true);
    StatusColours::markAsProblems(m_problems);
    m_save->setToolTip(tr("Shows the change first; writes it only if the file on the mirror is "
                          "still what was read, after a timestamped copy beside it"));

    m_convert->setToolTip(tr("Ends every line with \\n alone, as bash needs; the diff shows each "
                             "line it changes before anything is written"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_reload);
    buttons->addWidget(m_convert);
    buttons->addStretch();
    buttons->addWidget(m_keepPassword);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(form);
    layout->addWidget(m_raw, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);

    connect(m_reload, &QPushButton::clicked, this, &ConfigurationTab::reload);
    connect(m_save, &QPushButton::clicked, this, &ConfigurationTab::reviewAndSave);
    connect(m_revert, &QPushButton::clicked, this, &ConfigurationTab::revert);
    connect(m_convert, &QPushButton::clicked, this, [this] {
        m_unixLineEndings = true;
        showEdit();
    });
    connect(&m_session, &FleetSession::confRead, this, &ConfigurationTab::onRead);
    connect(&m_session, &FleetSession::confReadFailed, this,
            [this](const QString& mirror, const QString& why) {
                if (mirror == m_mirror.name)
                    m_status->setText(tr("Could not read the conf: %1").arg(why));
            });
    connect(&m_session, &FleetSession::confWritten, this, &ConfigurationTab::onWritten);
    connect(&m_session, &FleetSession::confWriteFailed, this,
            [this](const QString& mirror, const QString& why) {
                if (mirror != m_mirror.name)
                    return;
                // The edit stays in the editor: nothing typed is lost.
                m_status->setText(tr("Not written: %1").arg(why));
                showEdit();
            });
    showText({});
}

void ConfigurationTab::showMirror(const MirrorRecord& mirror)
{
    if (mirror.id == m_mirror.id && mirror.accessMode == m_mirror.accessMode)
        return;
    m_mirror = mirror;
    m_file.reset();
    showText({});
    if (mirror.accessMode == AccessMode::TriggerOnly) {
        m_status->setText(tr("%1 is trigger-only: any connection starts a sync, so its conf is "
                             "neither read nor written from here.")
                              .arg(mirror.name));
        m_loadWanted = false;
        showEdit();
        return;
    }
    m_loadWanted = true;
    if (isVisible())
        reload();
    else
        m_status->setText(tr("The conf of %1 is read when this tab is shown.").arg(mirror.name));
    showEdit();
}

void ConfigurationTab::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_loadWanted && !m_file)
        reload();
}

void ConfigurationTab::reload()
{
    if (m_mirror.accessMode != AccessMode::Shell || m_session.path().isEmpty())
        return;
    m_loadWanted = false;
    m_status->setText(
        tr("Reading %1 from %2…").arg(RemoteConfEditor::pathOf(m_mirror), m_mirror.name));
    m_session.confEditor().read(m_mirror);
}

void ConfigurationTab::onRead(const QString& mirror, const RemoteFile& file)
{
    if (mirror != m_mirror.name)
        return;
    m_file = file;
    m_status->setText(
        tr("%1 on %2, mode %3, read %4")
            .arg(file.path, mirror, QString::number(file.mode, 8),
                 QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat)));
    showText(file.content);
}

void ConfigurationTab::showText(const QByteArray& text)
{
    m_unixLineEndings = false;
    m_updating = true;
    m_raw->setPlainText(ConfEdit::masked(text));
    m_updating = false;
    showEdit();
}

ConfEdit ConfigurationTab::currentEdit() const
{
    return m_file
               ? ConfEdit::replaceMaskedText(m_file->content, m_raw->toPlainText(),
                                             m_unixLineEndings ? ConfEdit::LineEndings::Unix
                                                               : ConfEdit::LineEndings::AsTheyAre)
               : ConfEdit{};
}

bool ConfigurationTab::hasUnsavedEdits() const
{
    return m_file && currentEdit().changes();
}

void ConfigurationTab::fieldEdited(const QString& key, const QString& value)
{
    if (!m_file)
        return;
    const ConfEdit now = currentEdit();
    const ConfEdit changed = ConfEdit::plan(now.after, {{key, value}});
    if (changed.after == now.after)
        return;
    m_updating = true;
    m_raw->setPlainText(ConfEdit::masked(changed.after));
    m_updating = false;
    showEdit();
}

void ConfigurationTab::rawEdited()
{
    if (!m_updating)
        showEdit();
}

void ConfigurationTab::showEdit()
{
    const bool loaded = m_file.has_value();
    const ConfEdit edit = currentEdit();
    const auto conf = ClientSyncConfParser::parse(edit.after);
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it) {
        QLineEdit* field = it.value();
        field->setEnabled(loaded && bool(conf));
        if (field->hasFocus() && loaded)
            continue; // the operator is typing there
        field->setText(conf ? conf->value(it.key()).value_or(QString()) : QString());
    }
    m_raw->setReadOnly(!loaded);
    m_problems->setText(loaded ? edit.problems.join(QLatin1Char('\n')) : QString());
    m_save->setEnabled(loaded && edit.changes() && edit.problems.isEmpty());
    m_revert->setEnabled(loaded && edit.changes());
    m_convert->setVisible(loaded && edit.after.contains("\r\n"));
    m_reload->setEnabled(m_mirror.accessMode == AccessMode::Shell && m_mirror.id != 0);
}

void ConfigurationTab::revert()
{
    if (m_file)
        showText(m_file->content);
}

void ConfigurationTab::reviewAndSave()
{
    if (!m_file)
        return;
    const ConfEdit edit = currentEdit();
    if (!edit.changes() || !edit.problems.isEmpty())
        return;
    const QString question =
        tr("Write this change to %1 on %2?\n\n%3\n\nA timestamped copy of the current file is "
           "kept beside it; the write is refused if the file changed on the mirror since it "
           "was read.")
            .arg(m_file->path, m_mirror.name, edit.diff.join(QLatin1Char('\n')));
    if (!Confirmation::ask(this, tr("Save clam-clientsync.conf"), question,
                           tr("Write to %1").arg(m_mirror.name)))
        return;
    m_status->setText(tr("Writing %1 on %2…").arg(m_file->path, m_mirror.name));
    m_save->setEnabled(false);
    m_session.confEditor().write(m_mirror, *m_file, edit);
}

void ConfigurationTab::onWritten(const QString& mirror, const RemoteFile& file,
                                 const QString& backupPath)
{
    if (mirror != m_mirror.name)
        return;
    const auto before = ClientSyncConfParser::parse(m_file->content);
    const auto after = ClientSyncConfParser::parse(file.content);
    const QString key = QStringLiteral("RSYNC_PASSWORD");
    const std::optional<QString> password = after ? after->value(key) : std::nullopt;
    const bool passwordChanged = password && (!before || before->value(key) != password);
    m_file = file;
    showText(file.content);
    m_status->setText(
        tr("%1 written on %2; the old one kept as %3").arg(file.path, mirror, backupPath));
    if (!passwordChanged || !m_keepPassword->isChecked())
        return;
    m_session.keepRsyncPassword(mirror, *password, this, [this, mirror](Result<Done> kept) {
        if (!kept && mirror == m_mirror.name)
            m_status->setText(tr("Written, but the password was not kept: %1").arg(kept.error()));
    });
}
