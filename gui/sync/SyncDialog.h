#pragma once

#include "inventory/MirrorRecord.h"

#include <QDialog>

class FleetSession;
class QComboBox;

// Asks before syncing mirrors: which ones (trigger-only ones marked), from
// which push master. Cancel is the default; accepting starts the syncs.
class SyncDialog : public QDialog
{
    Q_OBJECT

public:
    SyncDialog(FleetSession& session, QList<MirrorRecord> mirrors, QWidget* parent = nullptr);

    // Opens one, non-modal, deleted when closed.
    static SyncDialog* open(FleetSession& session, const QList<MirrorRecord>& mirrors,
                            QWidget* parent);

    // "" for each mirror's own, else rsync1 or rsync2.
    void setPushMaster(const QString& pushMaster);
    const QList<MirrorRecord>& mirrors() const { return m_mirrors; }

    void accept() override;

private:
    FleetSession& m_session;
    QList<MirrorRecord> m_mirrors;
    QComboBox* m_pushMaster;
};
