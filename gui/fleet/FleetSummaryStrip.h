#pragma once

#include <QHash>
#include <QWidget>

class FleetFilterModel;
class FleetTableModel;
class QLabel;
class QToolButton;

// The fleet at a glance, above the table: how many mirrors have each verdict
// and each problem, each count a one-click filter (clicked again: off), and
// how many rows the filters leave in view. The verdicts' coloured dots are
// the table's legend.
class FleetSummaryStrip : public QWidget
{
    Q_OBJECT

public:
    FleetSummaryStrip(const FleetTableModel* fleet, const FleetFilterModel* filter,
                      QWidget* parent = nullptr);

    // By key: a verdict name or "not-fresh"; a RowProblem key or "any".
    QToolButton* verdictButton(const QString& key) const { return m_verdicts.value(key); }
    QToolButton* problemButton(const QString& key) const { return m_problems.value(key); }
    QLabel* showing() const { return m_showing; }

    // Counts the fleet's rows again.
    void recount();
    // The filter was set elsewhere (the verdict list): the buttons follow.
    void follow(const QString& verdict, const QString& problem);

signals:
    // Empty: that filter off.
    void chosen(const QString& verdict, const QString& problem);

private:
    QToolButton* addButton(const QString& tip);
    void choose(QToolButton* button, const QString& verdict, const QString& problem);
    void updateShowing();

    const FleetTableModel* m_fleet;
    const FleetFilterModel* m_filter;
    QHash<QString, QToolButton*> m_verdicts;
    QHash<QString, QToolButton*> m_problems;
    QHash<QToolButton*, QString> m_words; // what follows each count
    QLabel* m_showing;
};
