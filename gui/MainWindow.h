#pragma once

#include <QMainWindow>

class ConsoleBackend;
class FleetView;
class QProgressBar;

// Composes the console's feature widgets; holds no feature logic itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleBackend& backend, QWidget* parent = nullptr);

    void announceDemoLab(const QString& inventoryPath);
    FleetView* fleetView() const { return m_fleet; }

private:
    ConsoleBackend& m_backend;
    FleetView* m_fleet;
    QProgressBar* m_progress;
};
