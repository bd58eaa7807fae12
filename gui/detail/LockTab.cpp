#include "detail/LockTab.h"

#include "Confirmation.h"
#include "StatusWords.h"
#include "session/FleetSession.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

LockTab::LockTab(FleetSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_state(new QLabel(this)),
      m_break(new QPushButton(tr("Break stale lock…"), this))
{
    m_state->setWordWrap(true);
    m_state->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_state->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_break->setToolTip(tr("Only a stale lock can be broken: one held by a running sync never is"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_break, 0, Qt::AlignLeft);
    layout->addStretch();
    connect(m_break, &QPushButton::clicked, this, &LockTab::breakLock);
}

void LockTab::showMirror(const FleetRow& row)
{
    m_row = row;
    QString html;
    auto line = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;</td><td>%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (!row.probed()) {
        m_state->setText(row.mirror.accessMode == AccessMode::TriggerOnly
                             ? tr("%1 is trigger-only: its lock is seen over HTTP only, as the "
                                  "freshness check reports a sync in progress.")
                                   .arg(row.mirror.name)
                             : tr("Not refreshed yet."));
        m_break->setEnabled(false);
        return;
    }
    const LockState& lock = row.facts->lock;
    html = QStringLiteral("<table>");
    line(tr("State"), StatusWords::lockState(LockState::kindName(lock.kind)));
    line(tr("What it means"), lock.describe());
    if (!lock.path.isEmpty())
        line(tr("Lock file"), lock.path);
    if (lock.ageSeconds > 0)
        line(tr("Age"), tr("%1 min").arg(lock.ageSeconds / 60));
    if (lock.breakable() && lock.since.isValid())
        line(tr("Forced away by the next run from"),
             QLocale().toString(lock.forcedAwayFrom().toLocalTime(), QLocale::ShortFormat));
    const QStringList& holders = lock.syncProcesses;
    line(tr("Sync processes seen"), holders.isEmpty() ? tr("none") : holders.join(u'\n'));
    m_state->setText(html + QStringLiteral("</table>"));
    m_break->setEnabled(lock.breakable());
}

void LockTab::breakLock()
{
    const QString question =
        tr("Remove the sync lock of %1?\n\nNo sync of %1 is running now; the mirror checks again "
           "before removing it, and refuses if one started meanwhile.")
            .arg(m_row.mirror.name);
    if (!Confirmation::ask(this, tr("Break stale lock"), question,
                           tr("Break the lock of %1").arg(m_row.mirror.name)))
        return;
    m_break->setEnabled(false);
    m_session.breakStaleLock(m_row.mirror);
}
