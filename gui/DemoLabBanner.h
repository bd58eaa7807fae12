#pragma once

#include <QFrame>

class QLabel;

// Says, above the fleet, that the mirrors shown are the demo lab's on this
// machine, and how real ones are added.
class DemoLabBanner : public QFrame
{
    Q_OBJECT

public:
    explicit DemoLabBanner(QWidget* parent = nullptr);

    void announce(int mirrors, const QString& realInventory);
    QString text() const;

private:
    QLabel* m_text;
};
