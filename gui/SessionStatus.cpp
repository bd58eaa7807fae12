#include "SessionStatus.h"

#include "session/FleetSession.h"

#include <QProgressBar>
#include <QStatusBar>

SessionStatus::SessionStatus(FleetSession& session, QStatusBar* bar)
    : QObject(bar), m_session(session), m_bar(bar), m_progress(new QProgressBar(bar))
{
    m_progress->setMaximumWidth(200);
    m_progress->setVisible(false);
    m_bar->addPermanentWidget(m_progress);
    connect(&m_session, &FleetSession::refreshProgress, this, [this](int done, int total) {
        showProgress(done, total, tr("Refreshing: %1 of %2 mirrors").arg(done).arg(total));
    });
    connect(&m_session, &FleetSession::refreshFinished, this, [this](int refreshed, int failed) {
        m_progress->setVisible(false);
        m_bar->showMessage(
            failed ? tr("Refreshed %1 mirrors; %2 could not be reached").arg(refreshed).arg(failed)
                   : tr("Refreshed %1 mirrors").arg(refreshed));
    });
    connect(&m_session, &FleetSession::freshnessProgress, this, [this](int done, int total) {
        if (m_session.refreshing())
            return; // the refresh owns the progress bar meanwhile
        showProgress(done, total, tr("Checking freshness: %1 of %2 mirrors").arg(done).arg(total));
    });
    connect(&m_session, &FleetSession::freshnessFinished, this, [this](int checked, int notFresh) {
        if (!m_session.refreshing())
            m_progress->setVisible(false);
        m_bar->showMessage(
            tr("Freshness checked on %n mirror(s); %1 not fresh", nullptr, checked).arg(notFresh));
    });
    connect(&m_session, &FleetSession::actFinished, this,
            [this](const QString& mirror, bool ok, const QString& message) {
                m_bar->showMessage(ok ? tr("%1: %2").arg(mirror, message)
                                      : tr("%1 failed: %2").arg(mirror, message));
            });
}

void SessionStatus::showProgress(int done, int total, const QString& text)
{
    m_progress->setRange(0, total);
    m_progress->setValue(done);
    m_progress->setVisible(done < total);
    m_bar->showMessage(text);
}
