#include "detail/FreshnessTab.h"

#include "detail/TrendChart.h"
#include "detail/VerdictHistoryModel.h"
#include "monitor/Uptime.h"
#include "session/FleetSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

FreshnessTab::FreshnessTab(FleetSession& session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new VerdictHistoryModel(this)),
      m_table(new QTableView(this)), m_uptime(new QLabel(this)),
      m_chart(new TrendChart(tr("Uptime per day"), this))
{
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAccessibleName(tr("Verdict history"));
    m_table->setWordWrap(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_uptime);
    auto* lower = new QHBoxLayout;
    lower->addWidget(m_table, 1);
    lower->addWidget(m_chart, 1);
    layout->addLayout(lower, 1);
    connect(&m_session, &FleetSession::mirrorChecked, this, [this](const FreshnessResult& r) {
        if (r.mirrorId == m_mirror.id)
            showMirror(m_mirror);
    });
}

void FreshnessTab::showMirror(const MirrorRecord& mirror)
{
    m_mirror = mirror;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // One read of the month serves the table and both uptime figures.
    m_session.stored().freshnessChecks(
        mirror.id, now.addDays(-30), this,
        [this, id = mirror.id, now](const QList<FreshnessResult>& checks) {
            if (id == m_mirror.id)
                showChecks(checks, now);
        });
}

void FreshnessTab::showChecks(const QList<FreshnessResult>& checks, const QDateTime& now)
{
    UptimeFigures week;
    UptimeFigures month;
    QMap<QDate, UptimeFigures> days;
    for (const FreshnessResult& check : checks) {
        const QString verdict = FreshnessVerdict::name(check.verdict.kind);
        const QDateTime at = check.check.checkedAt;
        month.add(verdict);
        days[at.toUTC().date()].add(verdict);
        if (at >= now.addDays(-7))
            week.add(verdict);
    }
    TrendChart::Line up{tr("up %"), {}};
    TrendChart::Line fresh{tr("fresh %"), {}};
    for (auto day = days.cbegin(); day != days.cend(); ++day) {
        const qreal x = TrendChart::x(day.key().startOfDay(Qt::UTC));
        up.points.append({x, day.value().uptime() * 100});
        fresh.points.append({x, day.value().freshShare() * 100});
    }
    m_chart->plot(tr("Uptime and fresh share per UTC day"), TrendChart::Scale::Percent, {up, fresh},
                  tr("No checks in the last 30 days."));
    m_model->setChecks(checks);
    m_table->resizeColumnsToContents();
    m_uptime->setText(
        month.checks == 0
            ? tr("Never checked: press Shift+F5, or wait for the hourly check.")
            : tr("Up %1 %, fresh %2 % over 7 days (%3 checks); up %4 %, fresh %5 % over 30 days "
                 "(%6 checks).")
                  .arg(week.uptime() * 100, 0, 'f', 1)
                  .arg(week.freshShare() * 100, 0, 'f', 1)
                  .arg(week.checks)
                  .arg(month.uptime() * 100, 0, 'f', 1)
                  .arg(month.freshShare() * 100, 0, 'f', 1)
                  .arg(month.checks));
}
