#include "detail/OverviewTab.h"

#include "Confirmation.h"
#include "session/FleetSession.h"
#include "sync/SyncDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

OverviewTab::OverviewTab(FleetSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_breakLock(new QPushButton(tr("Break stale lock…"), this)),
      m_sync(new QPushButton(tr("Sync now…"), this)), m_actResult(new QLabel(this))
{
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_actResult->setWordWrap(true);
    m_breakLock->setToolTip(
        tr("Only a stale lock can be broken: one held by a running sync never is"));
    auto* acts = new QHBoxLayout;
    acts->addWidget(m_sync);
    acts->addWidget(m_breakLock);
    acts->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(acts);
    layout->addWidget(m_actResult);
    layout->addStretch();
    connect(m_breakLock, &QPushButton::clicked, this, &OverviewTab::breakLock);
    connect(m_sync, &QPushButton::clicked, this, &OverviewTab::syncNow);
    connect(&m_session, &FleetSession::actFinished, this,
            [this](const QString& mirror, bool ok, const QString& message) {
                if (mirror == m_row.mirror.name)
                    m_actResult->setText(ok ? message : tr("Failed: %1").arg(message));
            });
}

void OverviewTab::showMirror(const FleetRow& row)
{
    if (row.mirror.name != m_row.mirror.name)
        m_actResult->clear();
    m_row = row;
    const MirrorRecord& m = row.mirror;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(m.name.toHtmlEscaped());
    auto line = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    line(tr("Address"), tr("%1, ssh port %2, user %3").arg(m.address).arg(m.sshPort).arg(m.user));
    line(tr("Country"), m.country);
    line(tr("Access"), m.accessMode == AccessMode::TriggerOnly
                           ? tr("trigger-only: the console sends nothing but a sync")
                           : tr("shell"));
    QString admin = m.adminEmail.isEmpty() ? m.adminName
                                           : tr("%1 <%2>").arg(m.adminName, m.adminEmail).trimmed();
    if (!m.alertsEmail.isEmpty())
        admin = tr("%1, alerts to <%2>").arg(admin, m.alertsEmail);
    line(tr("Admin"), admin.isEmpty() ? tr("not known: edit the mirror to add a contact") : admin);
    line(tr("Push master"), m.rsyncHost);
    if (row.probed()) {
        const MirrorFacts& f = *row.facts;
        line(tr("Lock"), f.lock.describe());
        if (const auto age = f.timestampAgeHours())
            line(tr("Timestamp"), tr("%1 h old").arg(*age, 0, 'f', 1));
        line(tr("Disk"), f.disk.warnings.isEmpty() ? tr("no warning") : f.disk.warnings.first());
        line(tr("Refreshed"), QLocale().toString(f.probedAt.toLocalTime(), QLocale::ShortFormat));
    } else {
        const QString at =
            row.facts ? QLocale().toString(row.facts->probedAt.toLocalTime(), QLocale::ShortFormat)
                      : QString();
        line(tr("Last refresh"), row.facts ? tr("failed %1: %2").arg(at, row.facts->error)
                                 : row.note.isEmpty() ? tr("never")
                                                      : row.note);
    }
    html += QStringLiteral("</table>");
    m_summary->setText(html);
    m_breakLock->setEnabled(row.probed() && row.facts->lock.breakable());
}

void OverviewTab::breakLock()
{
    const QString question =
        tr("Remove the sync lock of %1?\n\nNo sync of %1 is running now; the mirror checks again "
           "before removing it, and refuses if one started meanwhile.")
            .arg(m_row.mirror.name);
    if (!Confirmation::ask(this, tr("Break stale lock"), question,
                           tr("Break the lock of %1").arg(m_row.mirror.name)))
        return;
    m_actResult->setText(tr("Breaking the lock of %1…").arg(m_row.mirror.name));
    m_session.breakStaleLock(m_row.mirror);
}

void OverviewTab::syncNow()
{
    SyncDialog::open(m_session, {m_row.mirror}, this);
}
