#include "fleet/FleetEmptyState.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

FleetEmptyState::FleetEmptyState(QWidget* parent) : QWidget(parent), m_buttons(new QVBoxLayout)
{
    auto* title = new QLabel(tr("The inventory holds no mirrors yet."), this);
    QFont larger = title->font();
    larger.setPointSizeF(larger.pointSizeF() * 1.3);
    larger.setBold(true);
    title->setFont(larger);
    title->setAlignment(Qt::AlignCenter);
    auto* how = new QLabel(
        tr("Add a mirror by hand, or paste the How-to's new-mirror e-mails: each becomes a row "
           "here, checked for freshness at once. From a terminal, mirrorctl add and mirrorctl "
           "import-email do the same. To look around first, the demo lab (bash scripts/console "
           "while no inventory exists) runs 20 mirrors on this machine."),
        this);
    how->setWordWrap(true);
    how->setAlignment(Qt::AlignCenter);
    how->setMaximumWidth(560);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(title);
    layout->addWidget(how, 0, Qt::AlignHCenter);
    layout->addLayout(m_buttons);
    layout->addStretch(2);
    m_buttons->setAlignment(Qt::AlignHCenter);
}

void FleetEmptyState::setActs(const QList<QAction*>& acts)
{
    for (QAction* act : acts) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(act);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setMinimumWidth(260);
        button->setIconSize(QSize(24, 24));
        m_buttons->addWidget(button);
    }
}
