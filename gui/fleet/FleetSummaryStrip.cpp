#include "fleet/FleetSummaryStrip.h"

#include "StatusColours.h"
#include "StatusWords.h"
#include "fleet/FleetFilterModel.h"
#include "fleet/FleetTableModel.h"
#include "session/RowProblem.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>

namespace {

QIcon dot(const QColor& colour)
{
    QPixmap picture(12, 12);
    picture.fill(Qt::transparent);
    QPainter painter(&picture);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(colour);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(picture);
}

} // namespace

FleetSummaryStrip::FleetSummaryStrip(const FleetTableModel* fleet, const FleetFilterModel* filter,
                                     QWidget* parent)
    : QWidget(parent), m_fleet(fleet), m_filter(filter), m_showing(new QLabel(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const QHash<QString, QString> meanings{
        {QStringLiteral("fresh"), tr("its timestamp is under a day old and it serves the "
                                     "current daily")},
        {QStringLiteral("lagging"), tr("its timestamp is recent but it serves an older daily")},
        {QStringLiteral("old"), tr("its timestamp is a day old or missing: the team is warned")},
        {QStringLiteral("removed"), tr("its timestamp is two days old: out of DNS")},
        {QStringLiteral("unreachable"), tr("it did not answer over HTTP")},
        {QStringLiteral("unchecked"), tr("not checked yet")}};
    for (const QString& key : FleetRow::verdicts()) {
        QToolButton* button = addButton(
            tr("Show only the %1 mirrors: %2").arg(StatusWords::verdict(key), meanings.value(key)));
        button->setIcon(dot(FleetTableModel::verdictColour(key)));
        m_words.insert(button, StatusWords::verdict(key));
        m_verdicts.insert(key, button);
        connect(button, &QToolButton::clicked, this,
                [this, button, key] { choose(button, key, {}); });
        layout->addWidget(button);
    }
    QToolButton* notFresh = addButton(tr("Show every mirror that is not fresh"));
    m_words.insert(notFresh, tr("not fresh"));
    m_verdicts.insert(QStringLiteral("not-fresh"), notFresh);
    connect(notFresh, &QToolButton::clicked, this,
            [this, notFresh] { choose(notFresh, QStringLiteral("not-fresh"), {}); });
    layout->addWidget(notFresh);
    layout->addSpacing(12);

    const QList<QPair<RowProblem::Kind, QString>> problems{
        {RowProblem::Kind::Unreachable, tr("probe failed")},
        {RowProblem::Kind::StaleLock, tr("stale lock")},
        {RowProblem::Kind::FailedSync, tr("failed sync")},
        {RowProblem::Kind::AuditFailure, tr("audit failure")},
        {RowProblem::Kind::FirewallProblem, tr("firewall problem")},
        {RowProblem::Kind::PartialSync, tr("partial sync")}};
    for (const auto& [kind, words] : problems) {
        const QString key = RowProblem::key(kind);
        QToolButton* button = addButton(tr("Show only the mirrors with a %1").arg(words));
        m_words.insert(button, words);
        m_problems.insert(key, button);
        connect(button, &QToolButton::clicked, this,
                [this, button, key] { choose(button, {}, key); });
        layout->addWidget(button);
    }
    QToolButton* any = addButton(tr("Show every mirror with a problem"));
    m_words.insert(any, tr("with problems"));
    m_problems.insert(QStringLiteral("any"), any);
    connect(any, &QToolButton::clicked, this,
            [this, any] { choose(any, {}, QStringLiteral("any")); });
    layout->addWidget(any);
    layout->addStretch(1);
    m_showing->setAccessibleName(tr("Mirrors in view"));
    layout->addWidget(m_showing);

    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_filter, signal, this, &FleetSummaryStrip::updateShowing);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &FleetSummaryStrip::updateShowing);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &FleetSummaryStrip::updateShowing);
    recount();
}

QToolButton* FleetSummaryStrip::addButton(const QString& tip)
{
    auto* button = new QToolButton(this);
    button->setCheckable(true);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    button->setToolTip(tip);
    return button;
}

void FleetSummaryStrip::recount()
{
    QHash<QString, int> verdicts, problems;
    for (int r = 0; r < m_fleet->rowCount(); ++r) {
        const FleetRow* row = m_fleet->row(r);
        const QString verdict = row->verdict();
        ++verdicts[verdict];
        if (verdict != QLatin1String("fresh"))
            ++verdicts[QStringLiteral("not-fresh")];
        const QList<RowProblem::Kind> found = RowProblem::of(*row);
        for (const RowProblem::Kind kind : found)
            ++problems[RowProblem::key(kind)];
        if (!found.isEmpty())
            ++problems[QStringLiteral("any")];
    }
    const auto show = [this](const QHash<QString, QToolButton*>& buttons,
                             const QHash<QString, int>& counts) {
        for (auto it = buttons.cbegin(); it != buttons.cend(); ++it) {
            const int count = counts.value(it.key());
            it.value()->setText(tr("%1 %2").arg(count).arg(m_words.value(it.value())));
            // A problem nobody has is not worth the room; a verdict's zero is news.
            it.value()->setVisible(
                count > 0 || it.value()->isChecked() ||
                (buttons == m_verdicts && it.key() != QLatin1String("not-fresh")));
            it.value()->setEnabled(count > 0 || it.value()->isChecked());
        }
    };
    show(m_verdicts, verdicts);
    show(m_problems, problems);
    updateShowing();
}

void FleetSummaryStrip::updateShowing()
{
    const int all = m_fleet->rowCount();
    const int shown = m_filter->rowCount();
    m_showing->setText(shown == all ? tr("%n mirror(s)", nullptr, all)
                                    : tr("showing %1 of %n", nullptr, all).arg(shown));
}

void FleetSummaryStrip::choose(QToolButton* button, const QString& verdict, const QString& problem)
{
    const bool on = button->isChecked();
    follow(on ? verdict : QString(), on ? problem : QString());
    emit chosen(on ? verdict : QString(), on ? problem : QString());
}

void FleetSummaryStrip::follow(const QString& verdict, const QString& problem)
{
    for (auto it = m_verdicts.cbegin(); it != m_verdicts.cend(); ++it)
        it.value()->setChecked(it.key() == verdict);
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        it.value()->setChecked(it.key() == problem);
}
