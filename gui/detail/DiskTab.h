#pragma once

#include "fleet/FleetTableModel.h"

#include <QWidget>

class QLabel;
class QProgressBar;

// Disk of the selected mirror: DocumentRoot and home usage as bars, the
// DocumentRoot's inodes, the database's size, the warnings.
class DiskTab : public QWidget
{
    Q_OBJECT

public:
    explicit DiskTab(QWidget* parent = nullptr);

    void showMirror(const FleetRow& row);
    QProgressBar* documentRootBar() const { return m_documentRoot; }
    QLabel* details() const { return m_details; }

private:
    QProgressBar* m_documentRoot;
    QProgressBar* m_home;
    QProgressBar* m_inodes;
    QLabel* m_details;
};
