#pragma once

#include "inventory/MirrorRecord.h"
#include "remote/ConfEdit.h"
#include "ssh/RemoteFile.h"

#include <QHash>
#include <QWidget>

#include <optional>

class FleetSession;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

// clam-clientsync.conf of the selected mirror: the five keys as a form (the
// password masked), the whole file as text (the password masked there too),
// what would break the script named as one types, the diff shown before
// anything is written, save and revert. Read and written over SFTP through
// the session's RemoteConfEditor; never on a trigger-only mirror.
class ConfigurationTab : public QWidget
{
    Q_OBJECT

public:
    explicit ConfigurationTab(FleetSession& session, QWidget* parent = nullptr);

    void showMirror(const MirrorRecord& mirror);
    void reload();
    // Asks (the diff, naming the mirror) and writes.
    void reviewAndSave();
    void revert();
    // The conf as read, changed in the editor and not written.
    bool hasUnsavedEdits() const;
    const MirrorRecord& mirror() const { return m_mirror; }

    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    QPlainTextEdit* rawText() const { return m_raw; }
    QLabel* problems() const { return m_problems; }
    QLabel* status() const { return m_status; }
    QPushButton* saveButton() const { return m_save; }
    QCheckBox* keepPassword() const { return m_keepPassword; }
    QPushButton* convertButton() const { return m_convert; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onRead(const QString& mirror, const RemoteFile& file);
    void onWritten(const QString& mirror, const RemoteFile& file, const QString& backupPath);
    void fieldEdited(const QString& key, const QString& value);
    void rawEdited();
    void showText(const QByteArray& text);
    void showEdit();
    ConfEdit currentEdit() const;

    FleetSession& m_session;
    MirrorRecord m_mirror;
    std::optional<RemoteFile> m_file; // as last read from the mirror
    bool m_loadWanted = false;
    bool m_updating = false;
    bool m_unixLineEndings = false; // the operator chose to convert
    QHash<QString, QLineEdit*> m_fields;
    QCheckBox* m_showPassword;
    QPlainTextEdit* m_raw;
    QLabel* m_status;
    QLabel* m_problems;
    QPushButton* m_reload;
    QPushButton* m_save;
    QPushButton* m_revert;
    QPushButton* m_convert;
    QCheckBox* m_keepPassword;
};
