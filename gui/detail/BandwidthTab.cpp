#include "detail/BandwidthTab.h"

#include "detail/ChartAxes.h"
#include "facts/TrafficFacts.h"
#include "session/FleetSession.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace {

// Bytes per bar in the one unit that fits the largest; labels are the bars'
// times, and hovering a bar tells its time and size.
void plot(QChartView* view, const QString& title, const QStringList& labels,
          const QList<qint64>& bytes)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->hide();
    const qint64 largest = bytes.isEmpty() ? 0 : *std::max_element(bytes.cbegin(), bytes.cend());
    const ChartAxes::ByteScale scale = ChartAxes::byteScale(qreal(largest));
    auto* set = new QBarSet(BandwidthTab::tr("Sent"));
    for (const qint64 sent : bytes)
        set->append(qreal(sent) / scale.divisor);
    QObject::connect(set, &QBarSet::hovered, view, [view, labels, bytes](bool entered, int index) {
        if (!entered || index < 0 || index >= bytes.size()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(
            QCursor::pos(),
            BandwidthTab::tr("%1: %2 sent")
                .arg(labels.at(index),
                     QLocale().formattedDataSize(bytes.at(index), 1, QLocale::DataSizeSIFormat)),
            view);
    });
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(-90);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    QValueAxis* y = ChartAxes::amountAxis(qreal(largest) / scale.divisor, scale.unit);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

BandwidthTab::BandwidthTab(FleetSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_hourly(new QChartView(this)), m_daily(new QChartView(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_hourly->setAccessibleName(tr("Bytes sent per hour"));
    m_daily->setAccessibleName(tr("Bytes sent per day"));
    m_hourly->setRenderHint(QPainter::Antialiasing);
    m_daily->setRenderHint(QPainter::Antialiasing);
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
    m_summary->setText(
        traffic.samples == 0
            ? (mirror.accessMode == AccessMode::TriggerOnly
                   ? tr("A trigger-only mirror is never probed: its access log is not read.")
                   : tr("No traffic read yet: refresh the mirror (its access log must be known)."))
            : tr("This month: %1 sent in %2 requests (projected %3; the How-to expects %4 to %5). "
                 ".cvd %6 %, .cdiff %7 %. %8 sent by %9 by the interface counters.\n"
                 "Top user agents: %10")
                      .arg(size(month.bytes), locale.toString(month.requests),
                           size(month.projectedBytes), size(month.expectedLow),
                           size(month.expectedHigh))
                      .arg(share ? month.cvdBytes * 100 / share : 0)
                      .arg(share ? month.cdiffBytes * 100 / share : 0)
                      .arg(size(month.interfaceSentBytes),
                           month.interfaceName.isEmpty() ? tr("no interface") : month.interfaceName,
                           topLines.isEmpty() ? tr("none") : topLines.join(QStringLiteral(", "))) +
                  (month.skippedBytes > 0
                       ? QLatin1Char('\n') +
                             tr("The access log held %1 when first read; only its last lines were "
                                "counted, the rest is older than the console's view.")
                                 .arg(size(month.skippedBytes))
                       : QString()));
    QStringList hourLabels;
    QList<qint64> hourValues;
    for (auto it = hours.cbegin(); it != hours.cend(); ++it) {
        hourLabels << QDateTime::fromSecsSinceEpoch(it.key()).toString(
            QStringLiteral("MMM d HH:00"));
        hourValues << it.value();
    }
    plot(m_hourly, tr("Sent per hour, last two days"), hourLabels, hourValues);
    QStringList dayLabels;
    QList<qint64> dayValues;
    for (auto it = traffic.recentDays.cbegin(); it != traffic.recentDays.cend(); ++it) {
        dayLabels
            << QDateTime::fromSecsSinceEpoch(it.key(), Qt::UTC).toString(QStringLiteral("MMM d"));
        dayValues << it.value();
    }
    plot(m_daily, tr("Sent per day, last 30 days"), dayLabels, dayValues);
    emit shown();
}
