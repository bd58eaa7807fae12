#pragma once

#include <QDialog>

class FleetSession;
class QComboBox;
class QLabel;
class SettingsTableModel;

// Timeouts, concurrency, check interval, thresholds, retention and the DNS
// export's settings, edited in place; where the data lives. Saved values
// take effect at once (SSH ones for connections opened from then on); the
// language at the next start.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(FleetSession& session, QWidget* parent = nullptr);

    SettingsTableModel* model() const { return m_model; }
    QLabel* errors() const { return m_errors; }
    QComboBox* language() const { return m_language; }
    // Writes the edits; false (the dialog stays) when one was refused.
    bool save();

private:
    FleetSession& m_session;
    SettingsTableModel* m_model;
    QComboBox* m_language;
    QLabel* m_errors;
};
