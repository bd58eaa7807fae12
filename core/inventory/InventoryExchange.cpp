#include "inventory/InventoryExchange.h"

#include "inventory/MirrorInventory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace InventoryExchange {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InventoryExchange", text);
}

QJsonObject toObject(const MirrorRecord& r)
{
    return QJsonObject{
        {QStringLiteral("name"), r.name},
        {QStringLiteral("address"), r.address},
        {QStringLiteral("country"), r.country},
        {QStringLiteral("adminName"), r.adminName},
        {QStringLiteral("adminEmail"), r.adminEmail},
        {QStringLiteral("alertsEmail"), r.alertsEmail},
        {QStringLiteral("sshPort"), r.sshPort},
        {QStringLiteral("httpPort"), r.httpPort},
        {QStringLiteral("user"), r.user},
        {QStringLiteral("accessMode"), accessModeName(r.accessMode)},
        {QStringLiteral("home"), r.homeDir},
        {QStringLiteral("confPath"), r.confPath},
        {QStringLiteral("logPath"), r.logPath},
        {QStringLiteral("accessLogPath"), r.accessLogPath},
        {QStringLiteral("documentRoot"), r.documentRoot},
        {QStringLiteral("rsyncHost"), r.rsyncHost},
        {QStringLiteral("systemHostname"), r.systemHostname},
        {QStringLiteral("keyPath"), r.keyFile},
        {QStringLiteral("hostKeyFingerprint"), r.expectedHostKey},
        {QStringLiteral("tags"), QJsonArray::fromStringList(r.tags)},
        {QStringLiteral("notes"), r.notes},
        {QStringLiteral("enabled"), r.enabled},
    };
}

bool fromObject(const QJsonObject& o, MirrorRecord* r, QString* why)
{
    auto text = [&](const char* key, QString* field) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString())
            *field = v.toString();
    };
    auto port = [&](const char* key, quint16* field) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return true;
        const int value = v.toInt(-1);
        if (value < 1 || value > 65535) {
            *why = tr("%1 is not a port number").arg(QLatin1String(key));
            return false;
        }
        *field = quint16(value);
        return true;
    };
    text("name", &r->name);
    text("address", &r->address);
    text("country", &r->country);
    text("adminName", &r->adminName);
    text("adminEmail", &r->adminEmail);
    text("alertsEmail", &r->alertsEmail);
    text("user", &r->user);
    text("home", &r->homeDir);
    text("confPath", &r->confPath);
    text("logPath", &r->logPath);
    text("accessLogPath", &r->accessLogPath);
    text("documentRoot", &r->documentRoot);
    text("rsyncHost", &r->rsyncHost);
    text("systemHostname", &r->systemHostname);
    text("keyPath", &r->keyFile);
    text("hostKeyFingerprint", &r->expectedHostKey);
    text("notes", &r->notes);
    if (o.contains(QStringLiteral("tags"))) {
        r->tags.clear();
        for (const QJsonValue& tag : o.value(QStringLiteral("tags")).toArray())
            r->tags << tag.toString();
    }
    r->enabled = o.value(QStringLiteral("enabled")).toBool(r->enabled);
    const QString mode =
        o.value(QStringLiteral("accessMode")).toString(accessModeName(r->accessMode));
    if (!accessModeFromName(mode, &r->accessMode)) {
        *why = tr("access mode \"%1\" is neither shell nor trigger-only").arg(mode);
        return false;
    }
    if (!port("sshPort", &r->sshPort) || !port("httpPort", &r->httpPort))
        return false;
    const QStringList problems = MirrorInventory::problemsOf(*r);
    *why = problems.join(QStringLiteral("; "));
    return problems.isEmpty();
}

QByteArray csvField(const QString& value)
{
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n') || bytes.contains('\r'))
        bytes = '"' + bytes.replace("\"", "\"\"") + '"';
    return bytes;
}

} // namespace

Imported fromJson(QByteArrayView json, const StoredRecord& stored)
{
    Imported result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        result.problems.append(
            {0, tr("not JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)});
        return result;
    }
    const QJsonValue mirrors = document.object().value(QStringLiteral("mirrors"));
    if (!mirrors.isArray()) {
        result.problems.append({0, tr("no \"mirrors\" array at the top level")});
        return result;
    }
    const QJsonArray array = mirrors.toArray();
    for (int i = 0; i < array.size(); ++i) {
        MirrorRecord record;
        QString why;
        if (stored) {
            if (auto kept = stored(array.at(i).toObject().value(QStringLiteral("name")).toString()))
                record = *kept;
        }
        if (!array.at(i).isObject())
            result.problems.append({i + 1, tr("mirror %1 is not an object").arg(i + 1)});
        else if (!fromObject(array.at(i).toObject(), &record, &why))
            result.problems.append(
                {i + 1, tr("mirror %1 (%2): %3").arg(i + 1).arg(record.name, why)});
        else
            result.mirrors.append(record);
    }
    return result;
}

QJsonObject toJsonObject(const MirrorRecord& mirror)
{
    return toObject(mirror);
}

QByteArray toJson(const QList<MirrorRecord>& mirrors)
{
    QJsonArray array;
    for (const MirrorRecord& r : mirrors)
        array.append(toObject(r));
    return QJsonDocument(QJsonObject{{QStringLiteral("mirrors"), array}}).toJson();
}

QByteArray toCsv(const QList<MirrorRecord>& mirrors)
{
    QByteArray csv = "name,address,country,admin_name,admin_email,alerts_email,ssh_port,user,"
                     "access_mode,rsync_host,tags,enabled,notes\r\n";
    for (const MirrorRecord& r : mirrors) {
        const QStringList fields{r.name,
                                 r.address,
                                 r.country,
                                 r.adminName,
                                 r.adminEmail,
                                 r.alertsEmail,
                                 QString::number(r.sshPort),
                                 r.user,
                                 accessModeName(r.accessMode),
                                 r.rsyncHost,
                                 r.tags.join(QLatin1Char(' ')),
                                 r.enabled ? QStringLiteral("yes") : QStringLiteral("no"),
                                 r.notes};
        QList<QByteArray> encoded;
        for (const QString& field : fields)
            encoded << csvField(field);
        csv += encoded.join(',') + "\r\n";
    }
    return csv;
}

} // namespace InventoryExchange
