#pragma once

#include "inventory/MirrorRecord.h"

#include <QDialog>

class FleetSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// One mirror's inventory record as a form: a new mirror typed in, or an
// existing one edited. Problems are named while typing and nothing is stored
// while one remains; a refused save keeps what was typed.
class MirrorFormDialog : public QDialog
{
    Q_OBJECT

public:
    // mirror.id 0: a new mirror.
    MirrorFormDialog(FleetSession& session, const MirrorRecord& mirror, QWidget* parent = nullptr);

    MirrorRecord record() const;
    QLineEdit* field(const QString& name) const; // by the record's field name
    QComboBox* accessMode() const { return m_access; }
    QLabel* problems() const { return m_problems; }
    QPushButton* saveButton() const { return m_save; }

    void save();

private:
    void recheck();
    QLineEdit* addLine(const QString& name, const QString& label, const QString& text,
                       const QString& placeholder = {});

    FleetSession& m_session;
    MirrorRecord m_original;
    QHash<QString, QLineEdit*> m_lines;
    QSpinBox* m_sshPort;
    QSpinBox* m_httpPort;
    QComboBox* m_access;
    QComboBox* m_rsyncHost;
    QPlainTextEdit* m_notes;
    QCheckBox* m_enabled;
    QLabel* m_problems;
    QPushButton* m_save;
};
