#include "detail/BandwidthTab.h"

#include "detail/TrendChart.h"
#include "facts/TrafficFacts.h"
#include "session/FleetSession.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <iterator>

BandwidthTab::BandwidthTab(FleetSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_hourly(new TrendChart(tr("Bytes sent per hour"), this)),
      m_daily(new TrendChart(tr("Bytes sent per day"), this))
{
    m_summary->setWordWrap(true);
    // Never squeezed by the charts below it.
    m_summary->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_hourly);
    charts->addWidget(m_daily);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(charts, 1);
}

void BandwidthTab::showMirror(const MirrorRecord& mirror)
{
    m_mirror = mirror;
    m_session.stored().traffic(mirror, QDateTime::currentDateTimeUtc(), this,
                               [this, id = mirror.id](const TrafficSummary& traffic) {
                                   if (id == m_mirror.id)
                                       showTraffic(traffic);
                               });
}

void BandwidthTab::showTraffic(const TrafficSummary& traffic)
{
    const MirrorRecord& mirror = m_mirror;
    const MonthTraffic& month = traffic.month;
    const QMap<qint64, qint64>& hours = traffic.recentHours;
    const QLocale locale;
    auto size = [&locale](qint64 bytes) {
        return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
    };
    QStringList topLines;
    for (const auto& [agent, count] : traffic.topAgents)
        topLines << tr("%1 (%2)").arg(agent).arg(count);
    const qint64 share = month.cvdBytes + month.cdiffBytes;
    const QString counters =
        !month.interfacesCounted
            ? tr("The interface counters tell from the second refresh of the month on.")
        : month.interfaceName.isEmpty()
            ? tr("No interface but lo sent anything this month by its counters.")
            : tr("%1 sent by %2 by the interface counters.")
                  .arg(size(month.interfaceSentBytes), month.interfaceName);
    m_summary->setText(
        traffic.samples == 0
            ? (mirror.accessMode == AccessMode::TriggerOnly
                   ? tr("A trigger-only mirror is never probed: its access log is not read.")
                   : tr("No traffic read yet: refresh the mirror (its access log must be known)."))
            : tr("This month: %1 sent in %2 requests (projected %3; the How-to expects %4 to %5). "
                 ".cvd %6 %, .cdiff %7 %. %8\nTop user agents: %9")
                      .arg(size(month.bytes), locale.toString(month.requests),
                           size(month.projectedBytes), size(month.expectedLow),
                           size(month.expectedHigh))
                      .arg(share ? month.cvdBytes * 100 / share : 0)
                      .arg(share ? month.cdiffBytes * 100 / share : 0)
                      .arg(counters,
                           topLines.isEmpty() ? tr("none") : topLines.join(QStringLiteral(", "))) +
                  (month.skippedBytes > 0
                       ? QLatin1Char('\n') +
                             tr("The access log held %1 when first read; only its last lines were "
                                "counted, the rest is older than the console's view.")
                                 .arg(size(month.skippedBytes))
                       : QString()));
    // A day of hours and a month of days on time axes; each point tells its
    // size when hovered.
    TrendChart::Line perHour{tr("Sent"), {}};
    for (auto it = hours.size() > 24 ? std::prev(hours.cend(), 24) : hours.cbegin();
         it != hours.cend(); ++it)
        perHour.points.append(
            {TrendChart::x(QDateTime::fromSecsSinceEpoch(it.key(), Qt::UTC)), qreal(it.value())});
    m_hourly->plot(tr("Sent per hour, last day"), TrendChart::Scale::Bytes, {perHour},
                   tr("No traffic in the last day."));
    TrendChart::Line perDay{tr("Sent"), {}};
    for (auto it = traffic.recentDays.cbegin(); it != traffic.recentDays.cend(); ++it)
        perDay.points.append(
            {TrendChart::x(QDateTime::fromSecsSinceEpoch(it.key(), Qt::UTC)), qreal(it.value())});
    m_daily->plot(tr("Sent per day, last 30 days"), TrendChart::Scale::Bytes, {perDay},
                  tr("No traffic in the last 30 days."));
    emit shown();
}
