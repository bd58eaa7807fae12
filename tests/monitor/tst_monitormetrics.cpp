#include "MirrorLab.h"
#include "MonitorState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// mirror-monitor's pages for dashboards over a real lab: /metrics passes
// promtool's lint in the text format, ends as OpenMetrics must when asked
// for it, and a real Prometheus scrapes it and answers queries of its
// series; /status is JSON.
class TestMonitorMetrics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void promtoolAndPrometheusTakeTheMetrics();

private:
    static quint16 freePort();
    QByteArray get(quint16 port, const QString& path, const QByteArray& accept = {},
                   QByteArray* type = nullptr);

    QTemporaryDir m_dir;
    std::unique_ptr<MirrorLab> m_lab;
    QString m_state;
    QString m_nameserver;
    quint16 m_metricsPort = 0;
    QNetworkAccessManager m_http;
};

quint16 TestMonitorMetrics::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

QByteArray TestMonitorMetrics::get(quint16 port, const QString& path, const QByteArray& accept,
                                   QByteArray* type)
{
    QNetworkRequest request(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)));
    if (!accept.isEmpty())
        request.setRawHeader("Accept", accept);
    request.setTransferTimeout(5000);
    QNetworkReply* reply = m_http.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(10000);
    if (type)
        *type = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    const QByteArray body =
        reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    reply->deleteLater();
    return body;
}

void TestMonitorMetrics::initTestCase()
{
    MirrorLabOptions options;
    options.mirrors = 2;
    m_lab = std::make_unique<MirrorLab>(options);
    QString error;
    QVERIFY2(m_lab->start(&error), qPrintable(error));
    QVERIFY2(m_lab->mirror(1).ageTimestamp(25, &error), qPrintable(error));
    m_state = m_dir.filePath(QStringLiteral("state"));
    m_metricsPort = freePort();
    const auto nameserver = MonitorState::make(
        m_lab->directory(), m_state, {},
        {{QStringLiteral("monitor/metrics-port"), QString::number(m_metricsPort)}});
    QVERIFY2(nameserver, qPrintable(nameserver.ok() ? QString() : nameserver.error()));
    m_nameserver = nameserver->toString();
}

void TestMonitorMetrics::cleanupTestCase()
{
    m_lab.reset();
}

void TestMonitorMetrics::promtoolAndPrometheusTakeTheMetrics()
{
    QProcess monitor;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_state);
    monitor.setProcessEnvironment(env);
    monitor.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    monitor.start(QStringLiteral(MIRROR_MONITOR),
                  {QStringLiteral("--foreground"), QStringLiteral("--state-dir"), m_state,
                   QStringLiteral("--credentials"), m_dir.filePath(QStringLiteral("none")),
                   QStringLiteral("--nameserver"), m_nameserver});
    QVERIFY(monitor.waitForStarted());
    const QString aged = m_lab->mirror(1).identity().name;
    const QByteArray oldLine =
        "clamav_mirror_verdict{mirror=\"" + aged.toUtf8() + "\",verdict=\"old\"} 1\n";
    QByteArray text;
    QTRY_VERIFY_WITH_TIMEOUT(
        (text = get(m_metricsPort, QStringLiteral("/metrics"))).contains(oldLine), 30000);
    QVERIFY(text.contains("# TYPE mirror_monitor_sweeps_total counter\n"));
    const QByteArray age =
        "clamav_mirror_timestamp_age_seconds{mirror=\"" + aged.toUtf8() + "\"} 9";
    QVERIFY(text.contains(age)); // 25 hours: 90000 seconds and some
    QVERIFY(!text.contains("# EOF"));

    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start(QStringLiteral("promtool"),
                   {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(promtool.waitForStarted());
    promtool.write(text);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(30000));
    QVERIFY2(promtool.exitCode() == 0, promtool.readAll().constData());

    QByteArray type;
    const QByteArray open = get(m_metricsPort, QStringLiteral("/metrics"),
                                "application/openmetrics-text; version=1.0.0", &type);
    QVERIFY2(type.startsWith("application/openmetrics-text"), type.constData());
    QVERIFY(open.endsWith("# EOF\n"));
    QVERIFY(open.contains("# TYPE mirror_monitor_sweeps counter\nmirror_monitor_sweeps_total "));

    const QJsonObject status =
        QJsonDocument::fromJson(get(m_metricsPort, QStringLiteral("/status"))).object();
    QVERIFY(status.value(QStringLiteral("sweeps")).toInt() >= 1);
    QCOMPARE(status.value(QStringLiteral("mirrorsNotFresh")).toInt(), 1);
    QCOMPARE(status.value(QStringLiteral("mirrors")).toArray().size(), 2);

    // A real Prometheus, scraping it every second.
    const quint16 prometheusPort = freePort();
    const QString config = m_dir.filePath(QStringLiteral("prometheus.yml"));
    QFile yml(config);
    QVERIFY(yml.open(QIODevice::WriteOnly));
    yml.write(QStringLiteral("global:\n  scrape_interval: 1s\nscrape_configs:\n  - job_name: "
                             "mirror-monitor\n    static_configs:\n      - targets: "
                             "['127.0.0.1:%1']\n")
                  .arg(m_metricsPort)
                  .toUtf8());
    yml.close();
    QProcess prometheus;
    prometheus.setProcessChannelMode(QProcess::MergedChannels);
    prometheus.start(
        QStringLiteral("prometheus"),
        {QStringLiteral("--config.file=") + config,
         QStringLiteral("--storage.tsdb.path=") + m_dir.filePath(QStringLiteral("tsdb")),
         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(prometheusPort)});
    QVERIFY(prometheus.waitForStarted());
    const QString query = QStringLiteral("/api/v1/query?query=clamav_mirror_timestamp_age_seconds");
    QJsonArray series;
    QTRY_VERIFY_WITH_TIMEOUT((series = QJsonDocument::fromJson(get(prometheusPort, query))
                                           .object()
                                           .value(QStringLiteral("data"))
                                           .toObject()
                                           .value(QStringLiteral("result"))
                                           .toArray())
                                     .size() == 2,
                             40000);
    QStringList names;
    for (const QJsonValue& s : series)
        names << s[QStringLiteral("metric")][QStringLiteral("mirror")].toString();
    QVERIFY(names.contains(aged));
    prometheus.terminate();
    QVERIFY(prometheus.waitForFinished(15000));
    monitor.terminate();
    QVERIFY(monitor.waitForFinished(15000));
    QCOMPARE(monitor.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestMonitorMetrics)
#include "tst_monitormetrics.moc"
