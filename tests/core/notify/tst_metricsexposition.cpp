#include "notify/MetricsExposition.h"

#include <QTest>

// The metrics page in both formats: families typed once, counters named as
// each format wants, label values that cannot break a line.
class TestMetricsExposition : public QObject
{
    Q_OBJECT

private slots:
    void bothFormats();
    void labelValuesAreEscaped();
    void theScraperChooses();
};

namespace {

MirrorMetrics mirror(const QString& name)
{
    MirrorMetrics m;
    m.mirror = name;
    m.country = QStringLiteral("DE");
    m.verdict = QStringLiteral("old");
    m.reachable = true;
    m.timestampAgeSeconds = 90000;
    m.lock = QStringLiteral("stale");
    m.freeBytes = 123456789;
    m.monthSentBytes = 42;
    m.alerts = {QStringLiteral("old"), QStringLiteral("stale-lock")};
    return m;
}

} // namespace

void TestMetricsExposition::bothFormats()
{
    MonitorHealth health;
    health.sweeps = 3;
    health.mailsSent = 2;
    health.currentDaily = 27431;
    const QByteArray text = MetricsExposition::render({mirror(QStringLiteral("m1"))}, health,
                                                      MetricsExposition::Format::Text);
    QVERIFY(text.contains(
        "# TYPE mirror_monitor_sweeps_total counter\nmirror_monitor_sweeps_total 3\n"));
    QVERIFY(text.contains("clamav_mirror_verdict{mirror=\"m1\",verdict=\"old\"} 1\n"));
    QVERIFY(text.contains("clamav_mirror_verdict{mirror=\"m1\",verdict=\"fresh\"} 0\n"));
    QVERIFY(text.contains("clamav_mirror_lock{mirror=\"m1\",state=\"stale\"} 1\n"));
    QVERIFY(text.contains("clamav_mirror_free_bytes{mirror=\"m1\"} 123456789\n"));
    QVERIFY(text.contains("clamav_mirror_alert{mirror=\"m1\",rule=\"stale-lock\"} 1\n"));
    QVERIFY(text.contains("mirror_monitor_current_daily 27431\n"));
    QVERIFY(!text.contains("# EOF"));
    // Never-synced mirrors have no last-sync sample rather than a zero.
    QVERIFY(!text.contains("clamav_mirror_last_successful_sync_timestamp_seconds{"));
    const QByteArray open = MetricsExposition::render({mirror(QStringLiteral("m1"))}, health,
                                                      MetricsExposition::Format::OpenMetrics);
    QVERIFY(open.contains("# TYPE mirror_monitor_sweeps counter\nmirror_monitor_sweeps_total 3\n"));
    QVERIFY(open.endsWith("# EOF\n"));
    QCOMPARE(open.count("# EOF"), 1);
}

void TestMetricsExposition::labelValuesAreEscaped()
{
    const QByteArray text = MetricsExposition::render({mirror(QStringLiteral("a\"b\\c\nd"))}, {},
                                                      MetricsExposition::Format::Text);
    QVERIFY(text.contains("clamav_mirror_up{mirror=\"a\\\"b\\\\c\\nd\"} 1\n"));
    for (const QByteArray& line : text.split('\n'))
        QVERIFY2(line.isEmpty() || line.startsWith('#') || line.startsWith("clamav_") ||
                     line.startsWith("mirror_monitor_"),
                 line.constData());
}

void TestMetricsExposition::theScraperChooses()
{
    using MetricsExposition::Format;
    QCOMPARE(MetricsExposition::negotiate("application/openmetrics-text;version=1.0.0,"
                                          "text/plain;version=0.0.4;q=0.5"),
             Format::OpenMetrics);
    QCOMPARE(MetricsExposition::negotiate("*/*"), Format::Text);
    QCOMPARE(MetricsExposition::negotiate({}), Format::Text);
    QVERIFY(MetricsExposition::contentType(Format::Text).startsWith("text/plain; version=0.0.4"));
}

QTEST_GUILESS_MAIN(TestMetricsExposition)
#include "tst_metricsexposition.moc"
