#pragma once

#include "inventory/MirrorRecord.h"

#include <QWidget>

class FleetSession;
class FleetEmptyState;
class FleetFilterModel;
class FleetSummaryStrip;
class FleetTableModel;
struct FleetRow;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

// The fleet table with its filters and a summary line, fed by the
// session's refreshes and checks. Column choice and sort order are kept
// between runs (headerState / restoreHeaderState).
class FleetView : public QWidget
{
    Q_OBJECT

public:
    explicit FleetView(FleetSession& session, QWidget* parent = nullptr);

    FleetTableModel* model() const { return m_model; }
    FleetFilterModel* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }
    FleetSummaryStrip* strip() const { return m_strip; }
    FleetEmptyState* emptyState() const { return m_empty; }
    QComboBox* countryChoice() const { return m_country; }
    QComboBox* verdictChoice() const { return m_verdict; }
    // The rows selected, in the table's order.
    QList<MirrorRecord> selectedMirrors() const;

    void focusFilter();
    // Makes the mirror the current and only selected row; false when it is
    // not in view.
    bool selectMirror(const QString& name);
    // Every mirror in view again: no text, any country, verdict and tag.
    void clearFilters();

    // A toggle per column but the name, as View ▸ Columns and the header's
    // own menu show them.
    void fillColumnsMenu(QMenu* menu);

    QByteArray headerState() const;
    void restoreHeaderState(const QByteArray& state);

    // Rebuilds the rows from the inventory and the last stored facts.
    void reload();

signals:
    // The selected mirror in view, again whenever its facts change;
    // selected: how many rows are selected in all.
    void mirrorSelected(const FleetRow& row, int selected);
    // No selected row in view: why, in a sentence.
    void selectionCleared(const QString& why);

private:
    void showRows(const QList<FleetRow>& rows);
    void updateSummary();
    // factsChanged: the row shown has new facts, shown again even if the
    // selection is the same.
    void followSelection(bool factsChanged = false);
    void fillChoices();
    void chooseColumns(const QPoint& at);

    FleetSession& m_session;
    FleetTableModel* m_model;
    FleetFilterModel* m_filter;
    QTableView* m_table;
    FleetEmptyState* m_empty;
    FleetSummaryStrip* m_strip;
    QComboBox* m_country;
    QComboBox* m_verdict;
    QComboBox* m_tag;
    QLineEdit* m_text;
    int m_shown = -1;     // the model row the detail pane shows
    int m_shownOf = 0;    // of how many selected
    QString m_hiddenName; // the mirror the filter took out of view
};
