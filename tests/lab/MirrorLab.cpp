#include "MirrorLab.h"

#include "LabDemoRequests.h"
#include "LabDemoTraffic.h"
#include "LabFiles.h"
#include "LabHostility.h"
#include "LabNamespaceMirror.h"
#include "LabProcess.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <sys/stat.h>

namespace {

const char* const kCountries[] = {"DE", "PL", "JP", "US", "FR", "NL", "GB", "IT", "SE", "BR",
                                  "CA", "AU", "CZ", "AT", "CH", "ES", "FI", "NO", "DK", "BE"};
constexpr char kLabMarkerFile[] = ".mirror-lab";

// Other users (the clamavdb account, nginx's nobody) must reach the lab's files.
QString untraversableAncestor(const QString& dir)
{
    for (QDir d(dir); !d.isRoot(); d.cdUp()) {
        struct stat st
        {};
        if (::stat(QFile::encodeName(d.absolutePath()).constData(), &st) == 0 &&
            !(st.st_mode & S_IXOTH))
            return d.absolutePath();
    }
    return {};
}

} // namespace

// Resources of a static library are registered by hand, outside any namespace.
static void registerLabResources()
{
    Q_INIT_RESOURCE(lab);
}

MirrorLab::MirrorLab(MirrorLabOptions options) : m_options(std::move(options))
{
    registerLabResources();
}

MirrorLab::~MirrorLab()
{
    stop();
}

QStringList MirrorLab::faultNames()
{
    return QStringList{QStringLiteral("trigger-only"),
                       QStringLiteral("shell"),
                       QStringLiteral("stale-lock[=SECONDS]"),
                       QStringLiteral("unwritable-docroot"),
                       QStringLiteral("writable-docroot"),
                       QStringLiteral("changeme-conf"),
                       QStringLiteral("good-conf"),
                       QStringLiteral("wrong-password"),
                       QStringLiteral("changed-host-key"),
                       QStringLiteral("host-down"),
                       QStringLiteral("host-up"),
                       QStringLiteral("host-silent"),
                       QStringLiteral("aged-timestamp=HOURS"),
                       QStringLiteral("log-history"),
                       QStringLiteral("vhost-down"),
                       QStringLiteral("vhost-up"),
                       QStringLiteral("vhost-redirect"),
                       QStringLiteral("trickle-http"),
                       QStringLiteral("slow-sync=SECONDS")} +
           LabHostility::faultNames();
}

bool MirrorLab::prepareDirectory(QString* error)
{
    if (m_options.dir.isEmpty()) {
        m_temporary = std::make_unique<QTemporaryDir>(QDir::tempPath() +
                                                      QStringLiteral("/mirror-lab-XXXXXX"));
        if (!m_temporary->isValid()) {
            *error = QStringLiteral("cannot create a temporary directory: %1")
                         .arg(m_temporary->errorString());
            return false;
        }
        m_dir = m_temporary->path();
    } else {
        m_dir = QFileInfo(m_options.dir).absoluteFilePath();
        QDir dir(m_dir);
        if (dir.exists() && !dir.isEmpty() && !dir.exists(QString::fromLatin1(kLabMarkerFile))) {
            *error = QStringLiteral("%1 is not empty and holds no earlier lab; choose another "
                                    "directory")
                         .arg(m_dir);
            return false;
        }
        // An earlier lab's leftovers; a read-only DocumentRoot must not stop us.
        LabProcess::run(QStringLiteral("chmod"),
                        {QStringLiteral("-R"), QStringLiteral("u+w"), m_dir});
        for (const QString& entry :
             dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
            QFileInfo(dir.filePath(entry)).isDir() ? QDir(dir.filePath(entry)).removeRecursively()
                                                   : dir.remove(entry);
        if (!QDir().mkpath(m_dir)) {
            *error = QStringLiteral("cannot create %1").arg(m_dir);
            return false;
        }
    }
    if (!LabFiles::setMode(m_dir, 0755, error) ||
        !LabFiles::write(m_dir + QLatin1Char('/') + QString::fromLatin1(kLabMarkerFile), {}, 0644,
                         error) ||
        !LabFiles::makeDirectory(m_dir + QStringLiteral("/mirrors"), 0755, error))
        return false;
    if (m_account.privileged) {
        const QString blocked = untraversableAncestor(m_dir);
        if (!blocked.isEmpty()) {
            *error = QStringLiteral("%1 cannot be entered by other users (mode lacks o+x); the "
                                    "lab's clamavdb account and nginx need to: put the lab "
                                    "elsewhere, e.g. under /tmp")
                         .arg(blocked);
            return false;
        }
    }
    return true;
}

bool MirrorLab::createTeamKey(QString* error)
{
    if (!LabFiles::makeDirectory(m_dir + QStringLiteral("/team"), 0700, error))
        return false;
    QByteArray output;
    if (LabProcess::run(QStringLiteral("ssh-keygen"),
                        {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                         QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                         QStringLiteral("team@mirror-lab"), QStringLiteral("-f"), teamKeyPath()},
                        &output) != 0) {
        *error = QStringLiteral("ssh-keygen failed: %1").arg(QString::fromLocal8Bit(output));
        return false;
    }
    return true;
}

bool MirrorLab::start(QString* error)
{
    if (m_options.mirrors < 1 || m_options.mirrors > kMaxMirrors) {
        *error = QStringLiteral("a lab has 1 to %1 mirrors, not %2")
                     .arg(kMaxMirrors)
                     .arg(m_options.mirrors);
        return false;
    }
    if (!LabAccount::prepare(&m_account, error) || !m_network.reserve(error) ||
        !prepareDirectory(error) || !createTeamKey(error))
        return false;
    // The slot is ours now: any namespace of it was left by a killed lab.
    if (m_account.privileged)
        LabNamespaceMirror::removeLeftovers(m_network.slot());
    m_started = true;

    QFile pub(teamKeyPath() + QStringLiteral(".pub"));
    pub.open(QIODevice::ReadOnly);
    const QByteArray teamPublicKey = pub.readAll();

    m_upstream = std::make_unique<LabUpstream>(m_dir, m_network, m_account);
    if (!m_upstream->start(error))
        return false;
    for (int i = 0; i < m_options.mirrors; ++i) {
        const QString country = QString::fromLatin1(kCountries[i % std::size(kCountries)]);
        LabMirror::Identity identity{i,
                                     QStringLiteral("mirror%1.%2.lab.test")
                                         .arg(i + 1, 3, 10, QLatin1Char('0'))
                                         .arg(country.toLower()),
                                     country, m_network.mirrorAddress(i),
                                     LabUpstream::hostName(1 + i % 2)};
        m_mirrors.push_back(std::make_unique<LabMirror>(m_dir, std::move(identity), m_network,
                                                        m_account, *m_upstream, teamPublicKey));
        if (!m_mirrors.back()->create(error))
            return false;
        if (m_options.triggerOnly.contains(i) &&
            !m_mirrors.back()->setAccessMode(LabAccessMode::TriggerOnly, error))
            return false;
    }
    // All sshd start at once, then are waited for: far quicker than in turn.
    for (auto& mirror : m_mirrors) {
        if (!mirror->sshd().launch(error))
            return false;
    }
    m_web = std::make_unique<LabWeb>(m_dir, m_network, m_account);
    m_dns = std::make_unique<LabDns>(m_dir, m_network);
    if (!restartWeb(error) || !m_dns->start(m_upstream->database().versions().txtRecord(), error))
        return false;
    for (auto& mirror : m_mirrors) {
        if (!mirror->sshd().awaitReady(error))
            return false;
    }
    return (!m_options.demoFaults || applyDemoFaults(error)) &&
           (m_options.demoTrafficDays <= 0 || writeDemoTraffic(error)) && writeInventory(error);
}

bool MirrorLab::writeDemoTraffic(QString* error)
{
    // Before any request of the lab's own: the log stays in time order.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int daily = m_upstream->database().versions().daily;
    for (const auto& mirror : m_mirrors) {
        QFile log(mirror->accessLogPath());
        if (!log.open(QIODevice::Append)) {
            *error = QStringLiteral("cannot write %1: %2").arg(log.fileName(), log.errorString());
            return false;
        }
        log.write(LabDemoTraffic::accessLog(mirror->identity().index, mirror->identity().country,
                                            daily, m_options.demoTrafficDays, now));
    }
    for (const auto& mirror : m_mirrors) {
        if (!LabDemoRequests::make(mirror->identity().address, mirror->documentRoot(),
                                   m_network.httpPort(), daily, error))
            return false;
    }
    return true;
}

void MirrorLab::stop()
{
    if (!m_started)
        return;
    m_started = false;
    for (auto& mirror : m_mirrors)
        mirror->sshd().stop();
    m_web.reset();
    m_dns.reset();
    m_upstream.reset();
    // Sessions and syncs the daemons left behind.
    LabProcess::stopAll(m_dir);
    for (auto& mirror : m_mirrors) {
        QString ignored;
        mirror->setDocumentRootWritable(true, &ignored);
    }
    m_mirrors.clear();
    m_network.release();
    m_temporary.reset();
}

bool MirrorLab::restartWeb(QString* error)
{
    QList<LabVhost> vhosts;
    for (const auto& mirror : m_mirrors)
        vhosts.append(mirror->vhost());
    return m_web->start(vhosts, error);
}

bool MirrorLab::publishDaily(QString* error)
{
    return m_upstream->database().publishDaily(error) &&
           m_dns->start(m_upstream->database().versions().txtRecord(), error) &&
           writeInventory(error);
}

bool MirrorLab::applyFault(int index, const QString& fault, QString* error)
{
    if (index < 0 || index >= mirrorCount()) {
        *error =
            QStringLiteral("no mirror %1 in this lab (0 to %2)").arg(index).arg(mirrorCount() - 1);
        return false;
    }
    LabMirror& m = mirror(index);
    const QString name = fault.section(QLatin1Char('='), 0, 0);
    const QString argument = fault.section(QLatin1Char('='), 1);
    bool numeric = true;
    const double value = argument.isEmpty() ? 0 : argument.toDouble(&numeric);
    if (!numeric) {
        *error = QStringLiteral("fault %1 takes a number, not \"%2\"").arg(name, argument);
        return false;
    }
    bool ok = false;
    if (name == QLatin1String("trigger-only"))
        ok = m.setAccessMode(LabAccessMode::TriggerOnly, error);
    else if (name == QLatin1String("shell"))
        ok = m.setAccessMode(LabAccessMode::Shell, error);
    else if (name == QLatin1String("stale-lock"))
        ok = m.placeStaleLock(argument.isEmpty() ? 1800 : qint64(value), error);
    else if (name == QLatin1String("unwritable-docroot") ||
             name == QLatin1String("writable-docroot"))
        ok = m.setDocumentRootWritable(name.startsWith(QLatin1Char('w')), error);
    else if (name == QLatin1String("changeme-conf"))
        ok = m.writeTemplateConf(error);
    else if (name == QLatin1String("good-conf"))
        ok = m.writeConf(m_upstream->rsyncPassword(), error);
    else if (name == QLatin1String("wrong-password"))
        ok = m.writeConf(QStringLiteral("not-the-password"), error);
    else if (name == QLatin1String("changed-host-key"))
        ok = m.sshd().replaceHostKey(error);
    else if (name == QLatin1String("host-down"))
        ok = (m.sshd().stop(), true);
    else if (name == QLatin1String("host-up"))
        ok = m.sshd().launch(error) && m.sshd().awaitReady(error);
    else if (name == QLatin1String("host-silent"))
        ok = m.sshd().silence(error);
    else if (name == QLatin1String("aged-timestamp") && !argument.isEmpty())
        ok = m.ageTimestamp(value, error);
    else if (name == QLatin1String("vhost-redirect"))
        ok = (m.setVhostRedirects(true), restartWeb(error));
    else if (name == QLatin1String("log-history"))
        ok = m.fillLogHistory(error);
    else if (name == QLatin1String("vhost-down") || name == QLatin1String("vhost-up"))
        ok = (m.setVhostEnabled(name.endsWith(QLatin1String("up"))), restartWeb(error));
    else if (name == QLatin1String("slow-sync") && !argument.isEmpty())
        ok = LabHostility::slowSync(m, value, error);
    else if (name == QLatin1String("trickle-http"))
        ok = trickle(m, error);
    else if (bool known = false; (ok = LabHostility::apply(m, name, &known, error)) || known)
        ;
    else
        *error = QStringLiteral("unknown fault \"%1\"; known: %2")
                     .arg(fault, faultNames().join(QStringLiteral(", ")));
    return ok && writeInventory(error);
}

bool MirrorLab::trickle(LabMirror& m, QString* error)
{
    // Bodies well under the console's limit, sent 8 bytes a second: each
    // takes minutes while bytes keep arriving.
    const QByteArray padding(2000, ' ');
    const QByteArray epoch = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    m.setVhostTrickles(true);
    return m.writeOwned(m.documentRoot() + QStringLiteral("/local_test"), "Success\n" + padding,
                        0644, error) &&
           m.writeOwned(m.documentRoot() + QStringLiteral("/timestamp"), epoch + '\n' + padding,
                        0644, error) &&
           restartWeb(error);
}

bool MirrorLab::applyDemoFaults(QString* error)
{
    // A fleet with something wrong in most corners, for the demo console.
    const std::pair<int, const char*> faults[] = {
        {0, "log-history"},       {1, "trigger-only"},      {2, "log-history"},
        {3, "stale-lock=1800"},   {4, "trigger-only"},      {5, "wrong-password"},
        {7, "aged-timestamp=30"}, {9, "aged-timestamp=50"}, {11, "changeme-conf"},
        {13, "host-down"},        {15, "host-silent"},      {17, "unwritable-docroot"},
        {19, "vhost-down"}};
    for (const auto& [index, fault] : faults) {
        if (index < mirrorCount() && !applyFault(index, QString::fromLatin1(fault), error))
            return false;
    }
    return true;
}

QJsonObject MirrorLab::inventory() const
{
    QJsonArray mirrors;
    for (const auto& mirror : m_mirrors)
        mirrors.append(
            mirror->inventoryEntry(teamKeyPath(), m_network.sshPort(), m_network.httpPort()));
    const DatabaseVersions& versions = m_upstream->database().versions();
    QJsonObject upstream{{QStringLiteral("module"), m_upstream->moduleName()},
                         {QStringLiteral("user"), m_upstream->rsyncUser()},
                         {QStringLiteral("port"), m_network.rsyncPort()}};
    for (int u : {1, 2})
        upstream.insert(LabUpstream::hostName(u), m_network.rsyncAddress(u));
    return QJsonObject{
        {QStringLiteral("dir"), m_dir},
        {QStringLiteral("slot"), m_network.slot()},
        {QStringLiteral("upstream"), upstream},
        {QStringLiteral("dns"), QJsonObject{{QStringLiteral("address"), m_network.dnsAddress()},
                                            {QStringLiteral("port"), m_network.dnsPort()},
                                            {QStringLiteral("txt"), versions.txtRecord()}}},
        {QStringLiteral("versions"), QJsonObject{{QStringLiteral("main"), versions.main},
                                                 {QStringLiteral("daily"), versions.daily},
                                                 {QStringLiteral("bytecode"), versions.bytecode}}},
        {QStringLiteral("mirrors"), mirrors},
    };
}

bool MirrorLab::writeInventory(QString* error) const
{
    return LabFiles::write(m_dir + QStringLiteral("/inventory.json"),
                           QJsonDocument(inventory()).toJson(), 0644, error);
}
