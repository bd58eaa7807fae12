#include "detail/MirrorDetailPane.h"

#include "detail/FactTab.h"
#include "detail/SyncRunsTab.h"
#include "fleet/FleetTableModel.h"

#include <QJsonArray>
#include <QLabel>
#include <QLocale>

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

MirrorDetailPane::MirrorDetailPane(ConsoleBackend& backend, QWidget* parent)
    : QTabWidget(parent), m_overview(new QLabel(this)), m_runs(new SyncRunsTab(backend, this)),
      m_audit(new FactTab(tr("Setup audit"), this)), m_firewall(new FactTab(tr("Firewall"), this))
{
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setWordWrap(true);
    m_overview->setMargin(8);
    addTab(m_overview, tr("Overview"));
    addTab(m_runs, tr("Sync runs"));
    addTab(m_audit, tr("Setup audit"));
    addTab(m_firewall, tr("Firewall"));
    setEnabled(false);
}

void MirrorDetailPane::showMirror(const FleetRow& row)
{
    setEnabled(true);
    const MirrorRecord& m = row.mirror;
    const QJsonObject& f = row.facts;
    QString html = QStringLiteral("<h3>%1</h3><table>").arg(escaped(m.name));
    auto line = [&html](const QString& label, const QString& value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                    .arg(escaped(label), escaped(value));
    };
    line(tr("Address"),
         QStringLiteral("%1, ssh port %2, user %3").arg(m.address).arg(m.sshPort).arg(m.user));
    line(tr("Country"), m.country);
    line(tr("Access"), m.accessMode == AccessMode::TriggerOnly
                           ? tr("trigger-only: the console sends nothing but a sync")
                           : tr("shell"));
    line(tr("Admin"), m.alertsEmail.isEmpty()
                          ? QStringLiteral("%1 <%2>").arg(m.adminName, m.adminEmail)
                          : QStringLiteral("%1 <%2>, alerts to <%3>")
                                .arg(m.adminName, m.adminEmail, m.alertsEmail));
    line(tr("Push master"), m.rsyncHost);
    if (f.value(QStringLiteral("probed")).toBool()) {
        line(tr("Lock"), f.value(QStringLiteral("lock"))
                             .toObject()
                             .value(QStringLiteral("description"))
                             .toString());
        if (f.contains(QStringLiteral("timestampAgeHours")))
            line(tr("Timestamp"),
                 tr("%1 h old")
                     .arg(f.value(QStringLiteral("timestampAgeHours")).toDouble(), 0, 'f', 1));
        const QJsonArray warnings =
            f.value(QStringLiteral("disk")).toObject().value(QStringLiteral("warnings")).toArray();
        line(tr("Disk"),
             warnings.isEmpty() ? tr("no warning") : warnings.toVariantList().first().toString());
        line(tr("Refreshed"),
             QLocale().toString(
                 QDateTime::fromString(f.value(QStringLiteral("probedAt")).toString(), Qt::ISODate)
                     .toLocalTime(),
                 QLocale::ShortFormat));
    } else if (!f.isEmpty()) {
        line(tr("Last refresh"), f.value(QStringLiteral("error")).toString());
    } else {
        line(tr("Last refresh"), row.note.isEmpty() ? tr("never") : row.note);
    }
    html += QStringLiteral("</table>");
    m_overview->setText(html);

    m_runs->showMirror(m.id);
    const QJsonObject audit = f.value(QStringLiteral("audit")).toObject();
    m_audit->showItems(tr("%1 passed, %2 failed")
                           .arg(audit.value(QStringLiteral("passed")).toInt())
                           .arg(audit.value(QStringLiteral("failed")).toInt()),
                       audit.value(QStringLiteral("items")).toArray());
    const QJsonObject firewall = f.value(QStringLiteral("firewall")).toObject();
    const QString source = firewall.value(QStringLiteral("source")).toString();
    m_firewall->showItems(source.isEmpty()
                              ? tr("The rules could not be read; reachability was tested for real.")
                              : tr("Rules read with %1").arg(source),
                          firewall.value(QStringLiteral("checks")).toArray());
}
