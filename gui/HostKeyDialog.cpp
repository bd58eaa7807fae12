#include "HostKeyDialog.h"

#include "session/FleetSession.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

HostKeyDialog::HostKeyDialog(FleetSession& session, MirrorRecord mirror, HostKeyVerdict verdict,
                             QWidget* parent)
    : QDialog(parent), m_session(session), m_mirror(std::move(mirror)),
      m_verdict(std::move(verdict)), m_remember(new QPushButton(this)),
      m_reject(new QPushButton(tr("Reject"), this))
{
    const QString endpoint = QStringLiteral("%1:%2").arg(m_mirror.address).arg(m_mirror.sshPort);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* fingerprint =
        new QLabel(QStringLiteral("%1 %2").arg(QString::fromLatin1(m_verdict.keyType),
                                               m_verdict.presentedFingerprint),
                   this);
    fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    fingerprint->setAccessibleName(tr("Presented fingerprint"));
    auto* buttons = new QDialogButtonBox(this);
    if (isChange()) {
        setWindowTitle(tr("Host key CHANGED: %1").arg(m_mirror.name));
        auto* icon = new QLabel(this);
        icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(48));
        layout->addWidget(icon);
        text->setText(
            tr("%1 (%2) presented a key that differs from the one on record in %3.\n\n"
               "Someone may be intercepting the connection, or the mirror was reinstalled. Ask "
               "the mirror's admin for the new fingerprint through another channel before "
               "accepting it.\n\nOn record: %4\nPresented:")
                .arg(m_mirror.name, endpoint, m_verdict.recordedIn,
                     m_verdict.recordedFingerprints.join(QStringLiteral(", "))));
        m_checked = new QCheckBox(
            tr("I checked the presented fingerprint with the admin of %1").arg(m_mirror.name),
            this);
        m_remember->setText(tr("Replace the recorded key"));
        m_remember->setEnabled(false);
        connect(m_checked, &QCheckBox::toggled, m_remember, &QPushButton::setEnabled);
    } else {
        setWindowTitle(tr("Unknown host key: %1").arg(m_mirror.name));
        text->setText(tr("%1 (%2) presented a key the console has not seen. Compare its "
                         "fingerprint with what the admin sent:")
                          .arg(m_mirror.name, endpoint));
        m_once = new QPushButton(tr("Accept once"), this);
        m_once->setToolTip(tr("Trust it until the console closes; nothing is written"));
        m_remember->setText(tr("Accept and remember"));
        buttons->addButton(m_once, QDialogButtonBox::AcceptRole);
        connect(m_once, &QPushButton::clicked, this, [this] { answer(false); });
    }
    buttons->addButton(m_remember, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_reject, QDialogButtonBox::RejectRole);
    // Enter rejects: accepting a key is always a deliberate click.
    for (QPushButton* b : buttons->findChildren<QPushButton*>())
        b->setAutoDefault(false);
    m_reject->setDefault(true);
    m_reject->setFocus();
    connect(m_remember, &QPushButton::clicked, this, [this] { answer(true); });
    connect(m_reject, &QPushButton::clicked, this, &QDialog::reject);

    layout->addWidget(text);
    layout->addWidget(fingerprint);
    if (m_checked)
        layout->addWidget(m_checked);
    layout->addWidget(buttons);
}

void HostKeyDialog::answer(bool remember)
{
    m_session.acceptHostKey(m_mirror, m_verdict, remember);
    accept();
}
