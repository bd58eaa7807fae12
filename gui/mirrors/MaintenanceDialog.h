#pragma once

#include "inventory/MaintenanceWindows.h"
#include "inventory/MirrorRecord.h"

#include <QDialog>

#include <optional>

class FleetSession;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// A maintenance window for one mirror, as its admin announced it: from,
// until and why; or the one under way ended now. While one lasts the
// mirror has no alerts and no mails, and stays out of DNS.
class MaintenanceDialog : public QDialog
{
    Q_OBJECT

public:
    MaintenanceDialog(FleetSession& session, const MirrorRecord& mirror, QWidget* parent = nullptr);

    QDateTimeEdit* from() const { return m_from; }
    QDateTimeEdit* until() const { return m_until; }
    QLineEdit* reason() const { return m_reason; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* endButton() const { return m_end; }
    QLabel* problem() const { return m_problem; }
    QLabel* current() const { return m_current; }

    void start();
    void endNow();

private:
    void done(const Result<Done>& changed);

    FleetSession& m_session;
    MirrorRecord m_mirror;
    std::optional<MaintenanceWindow> m_underWay;
    QLabel* m_current;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_until;
    QLineEdit* m_reason;
    QLabel* m_problem;
    QPushButton* m_start;
    QPushButton* m_end;
};
