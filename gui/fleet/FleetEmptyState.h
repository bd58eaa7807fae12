#pragma once

#include <QWidget>

class QAction;
class QVBoxLayout;

// What an empty inventory shows instead of an empty table: how to begin,
// with the acts that do it one click away.
class FleetEmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit FleetEmptyState(QWidget* parent = nullptr);

    // A large button for each: adding a mirror, importing the e-mails.
    void setActs(const QList<QAction*>& acts);

private:
    QVBoxLayout* m_buttons;
};
