#include "LabHostility.h"

#include "LabFiles.h"
#include "LabMirror.h"

#include <QFile>

#include <sys/stat.h>
#include <unistd.h>

namespace LabHostility {
namespace {

// The team's key runs whatever was asked with these tools first on its PATH.
QByteArray withTools(const QString& bin)
{
    return "PATH=" + bin.toUtf8() + ":$PATH; export PATH; eval \"$SSH_ORIGINAL_COMMAND\"";
}

bool hostileTools(LabMirror& m, QString* error)
{
    const QString bin = m.home() + QStringLiteral("/hostile-bin");
    const QString data = m.home() + QStringLiteral("/hostile-data");
    if (!LabFiles::makeDirectory(bin, 0755, error) || !LabFiles::makeDirectory(data, 0755, error))
        return false;
    const qsizetype size = 10 * 1024 * 1024;
    if (!m.writeOwned(data + QStringLiteral("/nft.json"), craftedNftJson(size), 0644, error) ||
        !m.writeOwned(data + QStringLiteral("/iptables.txt"), craftedIptablesSave(size), 0644,
                      error))
        return false;
    const QByteArray nft = "#!/bin/sh\nexec cat " + data.toUtf8() + "/nft.json\n";
    const QByteArray iptables = "#!/bin/sh\nexec cat " + data.toUtf8() + "/iptables.txt\n";
    if (!m.writeOwned(bin + QStringLiteral("/nft"), nft, 0755, error) ||
        !m.writeOwned(bin + QStringLiteral("/iptables-save"), iptables, 0755, error))
        return false;
    // 10,000 keys, and a sync log that would take over the operator's terminal.
    QByteArray keys;
    for (int i = 0; i < 10000; ++i)
        keys += "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" +
                QByteArray::number(i).rightJustified(43, 'A') + " key" + QByteArray::number(i) +
                "@elsewhere\n";
    const QByteArray log = "receiving incremental file list\n"
                           "\x1b]0;owned\x07\x1b[2J\x1b[31mdaily.cvd\x1b[0m\n"
                           "sent 1 bytes  received 2 bytes  3.00 bytes/sec\n"
                           "total size is 3  speedup is 1.00\n";
    return m.writeOwned(m.home() + QStringLiteral("/rsync.log.0"), log, 0644, error) &&
           m.setForcedCommand(withTools(bin), error, keys);
}

bool endlessBodies(LabMirror& m, QString* error)
{
    // Sparse files nginx sends as fast as loopback goes, for minutes.
    for (const char* name : {"timestamp", "local_test"}) {
        const QString path = m.documentRoot() + QLatin1Char('/') + QLatin1String(name);
        QFile::remove(path);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || !file.resize(qint64(64) << 30) ||
            !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                 QFile::ReadOther)) {
            *error = QStringLiteral("cannot make %1 endless: %2").arg(path, file.errorString());
            return false;
        }
    }
    return true;
}

bool fifoConf(LabMirror& m, QString* error)
{
    const QString path = m.confPath();
    QFile::remove(path);
    if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0) {
        *error = QStringLiteral("cannot make %1 a FIFO").arg(path);
        return false;
    }
    return LabFiles::setMode(path, 0600, error) && m.handOver(path, false, error);
}

} // namespace

bool slowSync(LabMirror& m, double seconds, QString* error)
{
    const QString bin = m.home() + QStringLiteral("/slow-bin");
    const QByteArray wrapper = "#!/bin/sh\nsleep " + QByteArray::number(seconds) +
                               "\nexec /usr/bin/rsync \"$@\"\n";
    QFile conf(m.confPath());
    if (!LabFiles::makeDirectory(bin, 0755, error) ||
        !m.writeOwned(bin + QStringLiteral("/rsync"), wrapper, 0755, error))
        return false;
    if (!conf.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(m.confPath());
        return false;
    }
    const QByteArray text = conf.readAll() + "PATH=\"$HOME/slow-bin:$PATH\"\n";
    conf.close();
    return m.writeOwned(m.confPath(), text, 0600, error);
}

QStringList faultNames()
{
    return {QStringLiteral("flood-shell"), QStringLiteral("hostile-tools"),
            QStringLiteral("endless-http"), QStringLiteral("fifo-conf"),
            QStringLiteral("silent-sftp")};
}

bool apply(LabMirror& m, const QString& name, bool* known, QString* error)
{
    *known = true;
    if (name == QLatin1String("flood-shell"))
        return m.setForcedCommand("yes stderr-flood >&2 & exec yes stdout-flood", error);
    if (name == QLatin1String("hostile-tools"))
        return hostileTools(m, error);
    if (name == QLatin1String("endless-http"))
        return endlessBodies(m, error);
    if (name == QLatin1String("fifo-conf"))
        return fifoConf(m, error);
    if (name == QLatin1String("silent-sftp"))
        return m.sshd().setSftpSilent(true, error);
    *known = false;
    return false;
}

QByteArray craftedNftJson(qsizetype bytes)
{
    // Chains that each jump to the next two: every path through them is a
    // walk of its own unless chains are judged once.
    QByteArray json = R"({"nftables": [{"metainfo": {"json_schema_version": 1}},)"
                      R"({"chain": {"family": "ip", "table": "filter", "name": "INPUT", )"
                      R"("hook": "input", "prio": 0, "policy": "accept"}})";
    int chains = 0;
    while (json.size() < bytes) {
        const QByteArray c = "c" + QByteArray::number(chains);
        json += R"(,{"chain": {"family": "ip", "table": "filter", "name": ")" + c + R"("}})";
        for (int next : {chains + 1, chains + 2}) {
            const QByteArray from = chains == 0 ? QByteArray("INPUT") : c;
            json += R"(,{"rule": {"family": "ip", "table": "filter", "chain": ")" + from +
                    R"(", "expr": [{"match": {"op": "==", "left": {"payload": {"protocol": )"
                    R"("tcp", "field": "dport"}}, "right": 22}}, {"jump": {"target": "c)" +
                    QByteArray::number(next) + R"("}}]}})";
        }
        ++chains;
    }
    return json + "]}\n";
}

QByteArray craftedIptablesSave(qsizetype bytes)
{
    QByteArray text = "*filter\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n";
    QByteArray rules;
    int chains = 0;
    while (text.size() + rules.size() < bytes) {
        const QByteArray c = "C" + QByteArray::number(chains);
        text += ":" + c + " - [0:0]\n";
        const QByteArray from = chains == 0 ? QByteArray("INPUT") : c;
        for (int next : {chains + 1, chains + 2})
            rules +=
                "-A " + from + " -p tcp -m tcp --dport 22 -j C" + QByteArray::number(next) + "\n";
        ++chains;
    }
    return text + rules + "COMMIT\n";
}

} // namespace LabHostility
