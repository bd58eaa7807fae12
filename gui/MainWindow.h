#pragma once

#include <QMainWindow>

// Composes the console's feature widgets; holds no feature logic itself.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);

    void announceDemoLab(const QString& inventoryPath);
};
