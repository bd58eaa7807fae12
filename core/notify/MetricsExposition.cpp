#include "notify/MetricsExposition.h"

namespace {

QByteArray escaped(const QString& value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}

class Page
{
public:
    explicit Page(MetricsExposition::Format format) : m_format(format) {}

    // A family: its samples follow until the next.
    void family(const char* name, const char* type, const char* help)
    {
        const bool counter = QByteArray(type) == "counter";
        // OpenMetrics names a counter's family without _total; the text format with.
        QByteArray family = name;
        if (counter && m_format == MetricsExposition::Format::OpenMetrics)
            family.chop(6);
        m_out += "# HELP " + family + ' ' + help + '\n';
        m_out += "# TYPE " + family + ' ' + type + '\n';
    }

    void sample(const char* name, const QList<std::pair<const char*, QString>>& labels,
                double value)
    {
        m_out += name;
        if (!labels.isEmpty()) {
            m_out += '{';
            for (qsizetype i = 0; i < labels.size(); ++i) {
                if (i)
                    m_out += ',';
                m_out += QByteArray(labels[i].first) + "=\"" + escaped(labels[i].second) + '"';
            }
            m_out += '}';
        }
        m_out += ' ' + number(value) + '\n';
    }

    QByteArray finish()
    {
        if (m_format == MetricsExposition::Format::OpenMetrics)
            m_out += "# EOF\n";
        return m_out;
    }

private:
    MetricsExposition::Format m_format;
    QByteArray m_out;
};

const char* const kVerdicts[] = {"fresh", "lagging", "old", "removed", "unreachable", "unchecked"};
const char* const kLocks[] = {"absent", "held", "stale", "unknown"};

} // namespace

namespace MetricsExposition {

Format negotiate(const QByteArray& accept)
{
    return accept.contains("application/openmetrics-text") ? Format::OpenMetrics : Format::Text;
}

QByteArray contentType(Format format)
{
    return format == Format::OpenMetrics
               ? "application/openmetrics-text; version=1.0.0; charset=utf-8"
               : "text/plain; version=0.0.4; charset=utf-8";
}

QByteArray render(const QList<MirrorMetrics>& mirrors, const MonitorHealth& health, Format format)
{
    Page page(format);
    const auto each = [&](const char* name, const char* help, auto value) {
        page.family(name, "gauge", help);
        for (const MirrorMetrics& m : mirrors)
            if (const std::optional<double> v = value(m))
                page.sample(name, {{"mirror", m.mirror}}, *v);
    };
    page.family("clamav_mirror_info", "gauge", "A mirror of the inventory, with its country.");
    for (const MirrorMetrics& m : mirrors)
        page.sample("clamav_mirror_info",
                    {{"mirror", m.mirror},
                     {"country", m.country},
                     {"enabled", m.enabled ? QStringLiteral("yes") : QStringLiteral("no")}},
                    1);
    page.family("clamav_mirror_verdict", "gauge",
                "1 for the verdict of the mirror's last freshness check.");
    for (const MirrorMetrics& m : mirrors)
        for (const char* v : kVerdicts)
            page.sample("clamav_mirror_verdict",
                        {{"mirror", m.mirror}, {"verdict", QString::fromLatin1(v)}},
                        m.verdict == QLatin1String(v) ? 1 : 0);
    each("clamav_mirror_up", "1 when the last check had an HTTP answer.",
         [](const MirrorMetrics& m) { return std::optional<double>(m.reachable ? 1 : 0); });
    each("clamav_mirror_timestamp_age_seconds", "Age of the timestamp file the team uploads.",
         [](const MirrorMetrics& m) { return m.timestampAgeSeconds; });
    each("clamav_mirror_daily_lag", "Daily versions behind the current one.",
         [](const MirrorMetrics& m) { return std::optional<double>(m.dailyLag); });
    each("clamav_mirror_last_successful_sync_timestamp_seconds",
         "When the last successful sync ended (Unix time).", [](const MirrorMetrics& m) {
             return m.lastSuccessfulSync.isValid()
                        ? std::optional<double>(double(m.lastSuccessfulSync.toSecsSinceEpoch()))
                        : std::nullopt;
         });
    page.family("clamav_mirror_lock", "gauge", "1 for the state of the sync lock file.");
    for (const MirrorMetrics& m : mirrors)
        if (!m.lock.isEmpty())
            for (const char* l : kLocks)
                page.sample("clamav_mirror_lock",
                            {{"mirror", m.mirror}, {"state", QString::fromLatin1(l)}},
                            m.lock == QLatin1String(l) ? 1 : 0);
    each("clamav_mirror_free_bytes", "Free space on the filesystem of DocumentRoot.",
         [](const MirrorMetrics& m) {
             return m.freeBytes ? std::optional<double>(double(*m.freeBytes)) : std::nullopt;
         });
    each("clamav_mirror_month_sent_bytes", "Bytes the access log says were sent this month.",
         [](const MirrorMetrics& m) { return std::optional<double>(double(m.monthSentBytes)); });
    each("clamav_mirror_check_duration_seconds", "How long the last freshness check took.",
         [](const MirrorMetrics& m) { return m.checkSeconds; });
    each("clamav_mirror_in_maintenance", "1 while a maintenance window lasts.",
         [](const MirrorMetrics& m) { return std::optional<double>(m.inMaintenance ? 1 : 0); });
    each("clamav_mirror_in_dns", "1 while the mirror is in its country's db.XY record.",
         [](const MirrorMetrics& m) {
             return m.inDns ? std::optional<double>(*m.inDns ? 1 : 0) : std::nullopt;
         });
    page.family("clamav_mirror_alert", "gauge", "1 for each alert raised on the mirror now.");
    for (const MirrorMetrics& m : mirrors)
        for (const QString& rule : m.alerts)
            page.sample("clamav_mirror_alert", {{"mirror", m.mirror}, {"rule", rule}}, 1);

    const auto one = [&](const char* name, const char* type, const char* help, double value) {
        page.family(name, type, help);
        page.sample(name, {}, value);
    };
    if (health.startedAt.isValid())
        one("mirror_monitor_start_time_seconds", "gauge", "When the service started (Unix time).",
            double(health.startedAt.toSecsSinceEpoch()));
    one("mirror_monitor_sweeps_total", "counter", "Freshness sweeps finished since the start.",
        double(health.sweeps));
    if (health.lastSweepAt.isValid())
        one("mirror_monitor_last_sweep_timestamp_seconds", "gauge",
            "When the last sweep ended (Unix time).",
            double(health.lastSweepAt.toSecsSinceEpoch()));
    one("mirror_monitor_sweep_duration_seconds", "gauge", "How long the last sweep took.",
        health.lastSweepSeconds);
    one("mirror_monitor_refresh_duration_seconds", "gauge", "How long the last refresh took.",
        health.lastRefreshSeconds);
    one("mirror_monitor_mails_sent_total", "counter", "Mails the SMTP server took.",
        double(health.mailsSent));
    one("mirror_monitor_mails_failed_total", "counter", "Attempts the SMTP server refused.",
        double(health.mailsFailed));
    one("mirror_monitor_mails_waiting", "gauge", "Mails owed: held or to be sent.",
        double(health.mailsWaiting));
    one("mirror_monitor_checker_failed", "gauge",
        "1 when the last sweep failed for so much of the fleet that the checker is the likelier "
        "cause.",
        health.checkerFailed ? 1 : 0);
    if (health.publishesDns) {
        one("mirror_monitor_dns_updates_total", "counter", "Updates the DNS took.",
            double(health.dnsUpdates));
        one("mirror_monitor_dns_failures_total", "counter",
            "Updates or reloads that failed, and stores of them that did.",
            double(health.dnsFailures));
    }
    if (health.currentDaily)
        one("mirror_monitor_current_daily", "gauge",
            "The daily version current.cvd.clamav.net names.", double(*health.currentDaily));
    return page.finish();
}

} // namespace MetricsExposition
