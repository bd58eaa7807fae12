#pragma once

#include "inventory/MirrorRecord.h"
#include "ssh/HostKeyStore.h"

#include <QDialog>

class FleetSession;
class QCheckBox;
class QPushButton;

// An unknown host key: its fingerprint, accept once, accept and remember, or
// reject. A changed one: a warning with the recorded and presented
// fingerprints; accepting needs the operator to tick that the new key was
// checked, and Enter only ever rejects.
class HostKeyDialog : public QDialog
{
    Q_OBJECT

public:
    HostKeyDialog(FleetSession& session, MirrorRecord mirror, HostKeyVerdict verdict,
                  QWidget* parent = nullptr);

    const MirrorRecord& mirror() const { return m_mirror; }
    bool isChange() const { return m_verdict.status == HostKeyVerdict::Status::Changed; }
    QPushButton* acceptOnceButton() const { return m_once; }
    QPushButton* rememberButton() const { return m_remember; }
    QPushButton* rejectButton() const { return m_reject; }
    QCheckBox* checkedConfirmation() const { return m_checked; }

private:
    void answer(bool remember);

    FleetSession& m_session;
    MirrorRecord m_mirror;
    HostKeyVerdict m_verdict;
    QPushButton* m_once = nullptr;
    QPushButton* m_remember;
    QPushButton* m_reject;
    QCheckBox* m_checked = nullptr;
};
