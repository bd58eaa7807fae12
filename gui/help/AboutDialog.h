#pragma once

#include <QDialog>

class QLabel;

// Help ▸ About: what the console is, its version and the versions of the
// libraries it runs on, for a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QLabel* libraries() const { return m_libraries; }

private:
    QLabel* m_libraries;
};
