#pragma once

#include <QObject>

class FleetSession;
class QProgressBar;
class QStatusBar;

// What the session is doing, in the status bar: a refresh's or a freshness
// check's progress (the refresh owns the bar while both run), how each
// ended, and each act's result.
class SessionStatus : public QObject
{
    Q_OBJECT

public:
    SessionStatus(FleetSession& session, QStatusBar* bar);

private:
    void showProgress(int done, int total, const QString& text);

    FleetSession& m_session;
    QStatusBar* m_bar;
    QProgressBar* m_progress;
};
