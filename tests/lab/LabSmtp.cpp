#include "LabSmtp.h"

#include "LabFiles.h"
#include "LabProcess.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTcpServer>

// Resources of a static library are registered by hand, outside any namespace.
static void registerSmtpResources()
{
    Q_INIT_RESOURCE(lab);
}

LabSmtp::LabSmtp(QString dir, QString address)
    : m_dir(std::move(dir)), m_address(std::move(address))
{}

LabSmtp::~LabSmtp()
{
    stop();
}

bool LabSmtp::makeCertificates(QString* error)
{
    // A CA of the lab's own, and the server's certificate for its address.
    const QString ca = caFile();
    const QString caKey = m_dir + QStringLiteral("/ca.key");
    const QString key = m_dir + QStringLiteral("/server.key");
    const QString request = m_dir + QStringLiteral("/server.csr");
    const QString cert = m_dir + QStringLiteral("/server.pem");
    const QString extensions = m_dir + QStringLiteral("/server.ext");
    if (!LabFiles::write(extensions,
                         QStringLiteral("subjectAltName=IP:%1\nbasicConstraints=CA:FALSE\n")
                             .arg(m_address)
                             .toUtf8(),
                         0644, error))
        return false;
    const QList<QStringList> steps = {
        {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
         QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
         QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=Mirror lab CA"),
         QStringLiteral("-keyout"), caKey, QStringLiteral("-out"), ca},
        {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
         QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=%1").arg(m_address),
         QStringLiteral("-keyout"), key, QStringLiteral("-out"), request},
        {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), request,
         QStringLiteral("-CA"), ca, QStringLiteral("-CAkey"), caKey,
         QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QStringLiteral("2"),
         QStringLiteral("-extfile"), extensions, QStringLiteral("-out"), cert}};
    for (const QStringList& step : steps) {
        QByteArray output;
        if (LabProcess::run(QStringLiteral("/usr/bin/openssl"), step, &output) != 0) {
            *error = QStringLiteral("openssl %1 failed: %2")
                         .arg(step.first(), QString::fromLocal8Bit(output));
            return false;
        }
    }
    return true;
}

bool LabSmtp::start(QString* error)
{
    if (!QDir().mkpath(m_dir + QStringLiteral("/mail")) || !makeCertificates(error))
        return false;
    registerSmtpResources();
    QFile resource(QStringLiteral(":/lab/smtp-server.py"));
    const QString script = m_dir + QStringLiteral("/smtp-server.py");
    if (!resource.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("the lab has no SMTP server script: %1").arg(resource.errorString());
        return false;
    }
    if (!LabFiles::write(script, resource.readAll(), 0755, error))
        return false;
    // A free port now; a clash in the moment until the server binds it
    // shows as a start that fails, and the next port is tried.
    for (int attempt = 0; attempt < 5; ++attempt) {
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress(m_address), 0)) {
                *error = QStringLiteral("no free port on %1").arg(m_address);
                return false;
            }
            m_port = probe.serverPort();
        }
        m_pid = LabProcess::spawn(
            m_dir, QStringLiteral("/usr/bin/python3"),
            {script, QStringLiteral("--address"), m_address, QStringLiteral("--port"),
             QString::number(m_port), QStringLiteral("--dir"), m_dir + QStringLiteral("/mail"),
             QStringLiteral("--cert"), m_dir + QStringLiteral("/server.pem"),
             QStringLiteral("--key"), m_dir + QStringLiteral("/server.key"),
             QStringLiteral("--user"), user(), QStringLiteral("--password"), password()},
            m_dir + QStringLiteral("/smtp.log"), error);
        if (m_pid < 0)
            return false;
        // Python and aiosmtpd start slowly on a busy machine: wait while the
        // server lives; one that died lost its port, and another is tried.
        for (int second = 0; second < 90 && LabProcess::isAlive(m_pid); ++second) {
            if (LabProcess::waitForTcp(m_address, m_port, "220", std::chrono::seconds(1)))
                return true;
        }
        stop();
    }
    QFile log(m_dir + QStringLiteral("/smtp.log"));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("the lab's SMTP server did not start: %1")
                 .arg(QString::fromLocal8Bit(log.read(4096)));
    return false;
}

void LabSmtp::stop()
{
    if (m_pid > 0)
        LabProcess::stop(m_pid);
    m_pid = -1;
}

QList<LabSmtp::Mail> LabSmtp::mails() const
{
    QList<Mail> list;
    const QDir dir(m_dir + QStringLiteral("/mail"));
    for (const QString& name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Mail mail;
        QByteArray data = file.read(1 << 20);
        while (data.startsWith("X-Envelope-")) {
            const qsizetype end = data.indexOf("\r\n");
            const QByteArray line = data.left(end);
            if (line.startsWith("X-Envelope-From: "))
                mail.from = QString::fromUtf8(line.mid(17));
            else
                mail.to << QString::fromUtf8(line.mid(15));
            data = data.mid(end + 2);
        }
        mail.message = data;
        list << mail;
    }
    return list;
}

QByteArray LabSmtp::Mail::header(const QByteArray& name) const
{
    const QByteArray head = message.left(message.indexOf("\r\n\r\n"));
    QByteArray value;
    bool inside = false;
    for (const QByteArray& line : head.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if (inside && (l.startsWith(' ') || l.startsWith('\t'))) {
            value += l;
            continue;
        }
        inside = l.toLower().startsWith(QByteArray(name.toLower() + ':'));
        if (inside)
            value = l.mid(name.size() + 1).trimmed();
        else if (!value.isEmpty())
            break;
    }
    return value;
}

QString LabSmtp::Mail::body() const
{
    const QByteArray content = message.mid(message.indexOf("\r\n\r\n") + 4);
    return header("Content-Transfer-Encoding") == "base64"
               ? QString::fromUtf8(QByteArray::fromBase64(content))
               : QString::fromUtf8(content).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

QString LabSmtp::Mail::subject() const
{
    const QString raw = QString::fromLatin1(header("Subject"));
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="));
    if (!raw.startsWith(QLatin1String("=?")))
        return raw;
    QByteArray bytes;
    for (const QRegularExpressionMatch& m : word.globalMatch(raw))
        bytes += QByteArray::fromBase64(m.captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}
