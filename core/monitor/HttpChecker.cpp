#include "monitor/HttpChecker.h"

#include "parsers/CvdHeader.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

HttpChecker::HttpChecker(QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this))
{
    // Each mirror is its own host; keep the connection pools from sharing limits.
    m_network->setAutoDeleteReplies(true);
    // The monitoring asks each mirror itself, as freshclam's DNS answer would
    // send it there; the system's proxy lookup (libproxy, possibly WPAD over
    // DNS) would also hold up the calling thread before the first request.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void HttpChecker::check(const QList<MirrorRecord>& mirrors)
{
    for (const MirrorRecord& mirror : mirrors)
        m_queue.push_back(mirror);
    startNext();
    if (!busy())
        emit finished();
}

void HttpChecker::startNext()
{
    while (!m_queue.empty() && m_running.size() < m_maxParallel) {
        const MirrorRecord mirror = m_queue.front();
        m_queue.pop_front();
        Pending& p = m_running[mirror.name];
        p.mirror = mirror;
        p.check.mirror = mirror.name;
        p.started = QDateTime::currentMSecsSinceEpoch();
        const QByteArray countryHost = "db." + mirror.country.toLower().toLatin1() + ".clamav.net";
        const QString name = mirror.name;

        request(name, QStringLiteral("/timestamp"), countryHost, {}, m_maxBodyBytes,
                [this, name](QNetworkReply* reply) {
                    HttpCheck& c = m_running[name].check;
                    const QByteArray body = reply->read(m_maxBodyBytes);
                    const QDateTime modified =
                        reply->header(QNetworkRequest::LastModifiedHeader).toDateTime();
                    bool numeric = false;
                    const qint64 epoch = body.trimmed().toLongLong(&numeric);
                    if (modified.isValid()) {
                        c.timestamp = modified.toUTC();
                        c.timestampSource = QStringLiteral("Last-Modified");
                    } else if (numeric && epoch > 0) {
                        c.timestamp = QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
                        c.timestampSource = QStringLiteral("content");
                    }
                });
        for (const QByteArray& host : {QByteArray("database.clamav.net"), countryHost,
                                       QByteArray("db.test.clamav.net"), mirror.name.toLatin1()}) {
            request(name, QStringLiteral("/local_test"), host, {}, m_maxBodyBytes,
                    [this, name, host](QNetworkReply* reply) {
                        m_running[name].check.vhosts.insert(QString::fromLatin1(host),
                                                            reply->read(m_maxBodyBytes).trimmed() ==
                                                                "Success");
                    });
        }
        for (const char* db : {"main", "daily", "bytecode"}) {
            const QString file = QLatin1String(db) + QStringLiteral(".cvd");
            request(name, QLatin1Char('/') + file, countryHost, "bytes=0-511",
                    CvdHeaderParser::kHeaderSize, [this, name, db](QNetworkReply* reply) {
                        HttpCheck& c = m_running[name].check;
                        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() ==
                            200)
                            c.rangeIgnored = true;
                        const QVariant head = reply->property("head");
                        const QByteArray bytes = head.isValid()
                                                     ? head.toByteArray()
                                                     : reply->read(CvdHeaderParser::kHeaderSize);
                        if (const auto header = CvdHeaderParser::parse(bytes))
                            c.cvdVersions.insert(QLatin1String(db), header->version);
                        else
                            c.errors << QStringLiteral("%1.cvd: %2")
                                            .arg(QLatin1String(db), header.error().reason);
                    });
        }
        if (!mirror.systemHostname.isEmpty()) {
            request(name, QStringLiteral("/Archive-Update-in-Progress-") + mirror.systemHostname,
                    countryHost, {}, m_maxBodyBytes,
                    [this, name](QNetworkReply*) { m_running[name].check.syncInProgress = true; });
        }
    }
}

void HttpChecker::request(const QString& mirror, const QString& path, const QByteArray& host,
                          const QByteArray& range, qint64 maxBytes,
                          std::function<void(QNetworkReply*)> handle)
{
    Pending& p = m_running[mirror];
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(p.mirror.address);
    url.setPort(p.mirror.httpPort);
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Host", host);
    request.setRawHeader("User-Agent", "ClamAV-MirrorCheck");
    if (!range.isEmpty())
        request.setRawHeader("Range", range);
    // freshclam cannot follow a redirect: see it, never follow it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply* reply = m_network->get(request);
    ++p.outstanding;
    // One deadline for the whole request, whatever the mirror trickles (Qt's
    // transfer timeout only fires while nothing arrives). Its time starts when
    // the request is sent: a mirror's requests beyond the six Qt sends at
    // once wait for a connection (one wave at most: nine requests a mirror),
    // and a request never sent ends at twice its time.
    const auto late = [reply] {
        reply->setProperty("late", true);
        reply->abort();
    };
    connect(reply, &QNetworkReply::requestSent, reply,
            [this, reply, late] { QTimer::singleShot(m_timeout, reply, late); });
    QTimer::singleShot(2 * m_timeout, reply, late);
    connect(reply, &QNetworkReply::readyRead, reply, [reply, maxBytes, cvd = !range.isEmpty()] {
        if (reply->bytesAvailable() <= maxBytes || reply->property("head").isValid())
            return;
        // A mirror ignoring Range would send the whole database: stop at the
        // header, which is all the check reads. Any other body this long is
        // more than a timestamp or a test file can be.
        if (cvd)
            reply->setProperty("head", reply->read(CvdHeaderParser::kHeaderSize));
        else
            reply->setProperty("overLimit", true);
        reply->abort();
    });
    connect(
        reply, &QNetworkReply::finished, this, [this, mirror, path, host, reply, handle, maxBytes] {
            Pending& pending = m_running[mirror];
            HttpCheck& c = pending.check;
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QString where =
                QStringLiteral("%1 (Host: %2)").arg(path, QString::fromLatin1(host));
            if (status > 0) {
                c.reachable = true;
                if (c.latencyMs < 0)
                    c.latencyMs = QDateTime::currentMSecsSinceEpoch() - pending.started;
            }
            if (reply->property("overLimit").toBool()) {
                c.limitsBroken << tr("%1: body over %2 bytes").arg(where).arg(maxBytes);
            } else if (reply->property("late").toBool() && !reply->property("head").isValid()) {
                c.limitsBroken << tr("%1: not answered within %2 s")
                                      .arg(where)
                                      .arg(double(m_timeout.count()) / 1000.0);
                if (status <= 0 && c.error.isEmpty())
                    c.error = tr("no answer within %1 s").arg(double(m_timeout.count()) / 1000.0);
            } else if (status >= 300 && status < 400) {
                c.redirects << QStringLiteral("%1 -> %2")
                                   .arg(where, QString::fromLatin1(
                                                   reply->rawHeader("Location").left(512)));
            } else if (status == 200 || status == 206) {
                handle(reply);
            } else if (status > 0) {
                if (!path.startsWith(QLatin1String("/Archive-Update-in-Progress-")))
                    c.errors << QStringLiteral("%1: HTTP %2").arg(where).arg(status);
            } else if (c.error.isEmpty()) {
                c.error = reply->errorString();
            }
            if (--pending.outstanding == 0)
                done(mirror);
        });
}

void HttpChecker::done(const QString& mirror)
{
    HttpCheck check = m_running.take(mirror).check;
    check.checkedAt = QDateTime::currentDateTimeUtc();
    if (check.reachable)
        check.error.clear();
    emit checked(check);
    startNext();
    if (!busy())
        emit finished();
}
