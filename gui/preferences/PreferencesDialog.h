#pragma once

#include <QDialog>

class ConsoleBackend;
class QLabel;
class SettingsTableModel;

// Timeouts, concurrency, check interval, thresholds, retention and the DNS
// export's settings, edited in place; where the data lives. Saved values
// take effect at once (SSH ones for connections opened from then on).
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(ConsoleBackend& backend, QWidget* parent = nullptr);

    SettingsTableModel* model() const { return m_model; }
    QLabel* errors() const { return m_errors; }
    // Writes the edits; false (the dialog stays) when one was refused.
    bool save();

private:
    ConsoleBackend& m_backend;
    SettingsTableModel* m_model;
    QLabel* m_errors;
};
