#pragma once

#include <QDialog>
#include <QSet>

class FleetSession;
class ImportPreviewModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Paste the How-to's new-mirror e-mail (one or several): the mirrors read
// from it are previewed, each problem named by its line; nothing is stored
// while one remains, unless the operator asks to import the good ones. How
// the console reaches them (access, ssh port) is chosen here, since the
// e-mail does not say; once added, the dialog says which were.
class ImportEmailDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportEmailDialog(FleetSession& session, QWidget* parent = nullptr);

    QPlainTextEdit* pasteBox() const { return m_paste; }
    ImportPreviewModel* preview() const { return m_preview; }
    QLabel* problems() const { return m_problems; }
    QPushButton* importButton() const { return m_import; }
    QCheckBox* partial() const { return m_partial; }
    QComboBox* accessMode() const { return m_access; }
    QSpinBox* sshPort() const { return m_sshPort; }
    QLabel* confirmation() const { return m_added; }

    void import();

private:
    void reread();

    FleetSession& m_session;
    QPlainTextEdit* m_paste;
    ImportPreviewModel* m_preview;
    QLabel* m_problems;
    QCheckBox* m_partial;
    QComboBox* m_access;
    QSpinBox* m_sshPort;
    QLabel* m_added;
    QPushButton* m_import;
    QPushButton* m_close;
    int m_problemCount = 0;
    QSet<QString> m_known; // the inventory's names, read once the dialog opens
};
