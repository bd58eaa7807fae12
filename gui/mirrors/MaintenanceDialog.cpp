#include "mirrors/MaintenanceDialog.h"

#include "inventory/AuditTrail.h"
#include "session/FleetSession.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

MaintenanceDialog::MaintenanceDialog(FleetSession& session, const MirrorRecord& mirror,
                                     QWidget* parent)
    : QDialog(parent), m_session(session), m_mirror(mirror),
      m_current(new QLabel(tr("Looking for a maintenance under way…"), this)),
      m_from(new QDateTimeEdit(QDateTime::currentDateTime(), this)),
      m_until(new QDateTimeEdit(QDateTime::currentDateTime().addSecs(2 * 3600), this)),
      m_reason(new QLineEdit(this)), m_problem(new QLabel(this)),
      m_start(new QPushButton(tr("Start maintenance"), this)),
      m_end(new QPushButton(tr("End maintenance now"), this))
{
    setWindowTitle(tr("Maintenance of %1").arg(mirror.name));
    m_current->setWordWrap(true);
    m_from->setCalendarPopup(true);
    m_until->setCalendarPopup(true);
    m_from->setAccessibleName(tr("From"));
    m_until->setAccessibleName(tr("Until"));
    m_reason->setPlaceholderText(tr("as the admin gave it, e.g. disk replacement"));
    m_reason->setAccessibleName(tr("Reason"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: palette(link)"));
    m_start->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_start->setEnabled(!text.trimmed().isEmpty()); });
    auto* form = new QFormLayout;
    form->addRow(tr("From"), m_from);
    form->addRow(tr("Until"), m_until);
    form->addRow(tr("Reason"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_start, QDialogButtonBox::ActionRole);
    buttons->addButton(m_end, QDialogButtonBox::ActionRole);
    m_end->setVisible(false); // the box shows what it is given; until one is found under way
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QPushButton::clicked, this, &MaintenanceDialog::start);
    connect(m_end, &QPushButton::clicked, this, &MaintenanceDialog::endNow);
    auto* meaning = new QLabel(tr("While it lasts the mirror has no alerts and no mails, and "
                                  "stays out of DNS. Once it ends, the mirror returns to DNS "
                                  "after a check finds it fresh."),
                               this);
    meaning->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(meaning);
    layout->addWidget(m_current);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    session.stored().row(mirror, this, [this](const FleetRow& row) {
        m_underWay = row.maintenance;
        m_end->setVisible(m_underWay.has_value());
        m_current->setText(m_underWay
                               ? tr("In maintenance until %1: %2")
                                     .arg(QLocale().toString(m_underWay->endsAt.toLocalTime(),
                                                             QLocale::ShortFormat),
                                          m_underWay->reason)
                               : tr("No maintenance under way."));
    });
}

void MaintenanceDialog::start()
{
    MaintenanceWindow window;
    window.mirrorId = m_mirror.id;
    window.startsAt = m_from->dateTime().toUTC();
    window.endsAt = m_until->dateTime().toUTC();
    window.reason = m_reason->text();
    window.operatorName = AuditTrail::currentOperator();
    m_start->setEnabled(false);
    m_session.storedInventory().startMaintenance(
        window, this, [this](const Result<Done>& changed) { done(changed); });
}

void MaintenanceDialog::endNow()
{
    if (!m_underWay)
        return;
    m_end->setEnabled(false);
    m_session.storedInventory().endMaintenance(
        *m_underWay, this, [this](const Result<Done>& changed) { done(changed); });
}

void MaintenanceDialog::done(const Result<Done>& changed)
{
    if (changed) {
        accept();
        return;
    }
    m_problem->setText(changed.error());
    m_start->setEnabled(!m_reason->text().trimmed().isEmpty());
    m_end->setEnabled(true);
}
