#include "MonitorState.h"

#include "LabSmtp.h"
#include "app/ConsoleSettings.h"
#include "inventory/InventoryDatabase.h"
#include "inventory/MirrorInventory.h"
#include "session/DemoLabInventory.h"

namespace MonitorState {

Result<QHostAddress> make(const QString& labDirectory, const QString& state,
                          const std::function<void(MirrorRecord&)>& adjust,
                          const Settings& settings)
{
    const auto lab = DemoLabInventory::read(labDirectory + QStringLiteral("/inventory.json"));
    if (!lab)
        return fail(lab.error());
    {
        InventoryDatabase db;
        if (auto opened = db.open(state + QStringLiteral("/inventory.sqlite")); !opened)
            return fail(opened.error());
        MirrorInventory inventory(db);
        for (MirrorRecord mirror : lab->mirrors) {
            if (adjust)
                adjust(mirror);
            if (auto added = inventory.add(mirror); !added)
                return fail(added.error());
        }
    }
    ConsoleSettings written(state + QStringLiteral("/settings.ini"));
    for (const auto& [name, value] : settings) {
        QString error;
        if (!written.setValue(name, value, &error))
            return fail(error);
    }
    return lab->nameserver;
}

void withAdmins(MirrorRecord& mirror)
{
    mirror.adminName = QStringLiteral("Kim");
    mirror.adminEmail = QStringLiteral("admin@%1").arg(mirror.name);
    mirror.alertsEmail = QStringLiteral("alerts@%1").arg(mirror.name);
}

Settings mailTo(const LabSmtp& smtp)
{
    return {{QStringLiteral("mail/team-address"), QStringLiteral("mirrors@clamav.example")},
            {QStringLiteral("mail/from"), QStringLiteral("monitor@clamav.example")},
            {QStringLiteral("mail/smtp-host"), smtp.address()},
            {QStringLiteral("mail/smtp-port"), QString::number(smtp.port())},
            {QStringLiteral("mail/smtp-user"), LabSmtp::user()},
            {QStringLiteral("mail/smtp-ca-file"), smtp.caFile()}};
}

} // namespace MonitorState
