#include "sync/SyncDialog.h"

#include "session/FleetSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

SyncDialog::SyncDialog(FleetSession& session, QList<MirrorRecord> mirrors, QWidget* parent)
    : QDialog(parent), m_session(session), m_mirrors(std::move(mirrors)),
      m_pushMaster(new QComboBox(this))
{
    setWindowTitle(tr("Sync now"));
    QStringList lines;
    int triggerOnly = 0;
    for (const MirrorRecord& mirror : std::as_const(m_mirrors)) {
        const bool forced = mirror.accessMode == AccessMode::TriggerOnly;
        triggerOnly += forced ? 1 : 0;
        lines << (forced ? tr("%1 (trigger-only, from %2: its forced command decides)")
                               .arg(mirror.name, mirror.rsyncHost)
                         : mirror.name);
    }
    auto* list = new QListView(this);
    list->setModel(new QStringListModel(lines, list));
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setAccessibleName(tr("Mirrors to sync"));
    m_pushMaster->addItem(tr("Each mirror's own push master"), QString());
    m_pushMaster->addItem(QStringLiteral("rsync1.clamav.net"), QStringLiteral("rsync1"));
    m_pushMaster->addItem(QStringLiteral("rsync2.clamav.net"), QStringLiteral("rsync2"));
    m_pushMaster->setAccessibleName(tr("Push master"));

    auto* intro = new QLabel(
        tr("Start clam-clientsync on %n mirror(s)? Shell-mode mirrors show rsync's log as it "
           "runs and can be stopped; a trigger-only mirror syncs through its forced command.",
           nullptr, int(m_mirrors.size())),
        this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Push master:"), m_pushMaster);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto* start = buttons->addButton(tr("Sync %n mirror(s)", nullptr, int(m_mirrors.size())),
                                     QDialogButtonBox::AcceptRole);
    start->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SyncDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SyncDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(list);
    if (triggerOnly > 0)
        layout->addWidget(new QLabel(
            tr("The push master chosen here reaches trigger-only mirrors as the command's "
               "argument; their forced command may use its own."),
            this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

SyncDialog* SyncDialog::open(FleetSession& session, const QList<MirrorRecord>& mirrors,
                             QWidget* parent)
{
    auto* dialog = new SyncDialog(session, mirrors, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void SyncDialog::setPushMaster(const QString& pushMaster)
{
    m_pushMaster->setCurrentIndex(qMax(0, m_pushMaster->findData(pushMaster)));
}

void SyncDialog::accept()
{
    m_session.triggerSync(m_mirrors, m_pushMaster->currentData().toString());
    QDialog::accept();
}
