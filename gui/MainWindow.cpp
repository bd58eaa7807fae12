#include "MainWindow.h"

#include <QLabel>
#include <QStatusBar>

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Mirror Console"));
    auto* placeholder = new QLabel(tr("The inventory holds no mirrors yet."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    statusBar()->showMessage(tr("Ready"));
    resize(1200, 760);
}

void MainWindow::announceDemoLab(const QString& inventoryPath)
{
    statusBar()->showMessage(tr("Demo lab running: %1").arg(inventoryPath));
}
