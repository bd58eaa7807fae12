#include "logs/LogBrowser.h"

#include "logs/LogDocument.h"
#include "logs/LogLineDelegate.h"
#include "logs/LogLineKind.h"
#include "logs/LogLineModel.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QToolButton* toolButton(const QString& text, const QString& tip, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    return button;
}

} // namespace

LogBrowser::LogBrowser(const QString& accessibleName, QWidget* parent)
    : QWidget(parent), m_document(new LogDocument(this)),
      m_model(new LogLineModel(*m_document, this)), m_view(new QTableView(this)),
      m_lines(new LogLineDelegate(this)), m_search(new QLineEdit(this)),
      m_regex(new QCheckBox(tr("Regular expression"), this)),
      m_matchCase(new QCheckBox(tr("Match case"), this)),
      m_problemsOnly(new QCheckBox(tr("Errors and warnings only"), this)),
      m_follow(new QCheckBox(tr("Follow"), this)), m_time(new QDateTimeEdit(this)),
      m_status(new QLabel(this))
{
    setAccessibleName(accessibleName);
    m_view->setModel(m_model);
    m_view->setItemDelegate(m_lines);
    m_view->setAccessibleName(accessibleName);
    m_view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    // Fixed row heights: the view never measures a gigabyte's worth of rows.
    QHeaderView* rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(QFontMetrics(m_view->font()).height() + 2);
    QHeaderView* columns = m_view->horizontalHeader();
    columns->setSectionResizeMode(LogLineModel::LineColumn, QHeaderView::Interactive);
    columns->setStretchLastSection(true);

    m_search->setPlaceholderText(tr("Find in the log"));
    m_search->setAccessibleName(tr("Find in the log"));
    m_search->setClearButtonEnabled(true);
    m_regex->setToolTip(tr("Read the search text as a regular expression (PCRE)"));
    m_follow->setToolTip(tr("Keep the last line in view while the log grows"));
    m_problemsOnly->setToolTip(tr("Show only the lines that read as errors or warnings"));
    m_time->setTimeSpec(Qt::UTC);
    m_time->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
    m_time->setDateTime(QDateTime::currentDateTimeUtc());
    m_time->setAccessibleName(tr("Time to go to"));
    auto* previous = toolButton(tr("Previous"), tr("Previous match (Shift+F3)"), this);
    auto* next = toolButton(tr("Next"), tr("Next match (F3)"), this);
    auto* previousProblemButton =
        toolButton(tr("◀ Problem"), tr("Previous error or warning (Shift+F8)"), this);
    auto* nextProblemButton = toolButton(tr("Problem ▶"), tr("Next error or warning (F8)"), this);
    auto* go = new QPushButton(tr("Go to time"), this);
    go->setToolTip(tr("Go to the first line stamped at or after this time"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* searchBar = new QHBoxLayout;
    searchBar->addWidget(m_search, 1);
    searchBar->addWidget(previous);
    searchBar->addWidget(next);
    searchBar->addWidget(m_regex);
    searchBar->addWidget(m_matchCase);
    auto* viewBar = new QHBoxLayout;
    viewBar->addWidget(m_problemsOnly);
    viewBar->addWidget(previousProblemButton);
    viewBar->addWidget(nextProblemButton);
    viewBar->addWidget(m_follow);
    viewBar->addStretch(1);
    viewBar->addWidget(m_time);
    viewBar->addWidget(go);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchBar);
    layout->addLayout(viewBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_search, &QLineEdit::returnPressed, this, &LogBrowser::findNext);
    connect(m_search, &QLineEdit::textChanged, this, &LogBrowser::markMatches);
    connect(m_regex, &QCheckBox::toggled, this, &LogBrowser::markMatches);
    connect(m_matchCase, &QCheckBox::toggled, this, &LogBrowser::markMatches);
    connect(next, &QToolButton::clicked, this, &LogBrowser::findNext);
    connect(previous, &QToolButton::clicked, this, &LogBrowser::findPrevious);
    connect(nextProblemButton, &QToolButton::clicked, this, &LogBrowser::nextProblem);
    connect(previousProblemButton, &QToolButton::clicked, this, &LogBrowser::previousProblem);
    connect(go, &QPushButton::clicked, this, &LogBrowser::goToTime);
    connect(m_time, &QDateTimeEdit::editingFinished, this, &LogBrowser::goToTime);
    connect(m_problemsOnly, &QCheckBox::toggled, this, &LogBrowser::setProblemsOnly);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            m_view->scrollToBottom();
    });
    const auto shortcut = [this](QKeySequence keys, void (LogBrowser::*slot)()) {
        auto* key = new QShortcut(keys, this, this, slot);
        key->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::Key_F3), &LogBrowser::findNext);
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3), &LogBrowser::findPrevious);
    shortcut(QKeySequence(Qt::Key_F8), &LogBrowser::nextProblem);
    shortcut(QKeySequence(Qt::SHIFT | Qt::Key_F8), &LogBrowser::previousProblem);
    // Scrolling up to read stops following; the box says so.
    connect(m_view->verticalScrollBar(), &QScrollBar::actionTriggered, this, [this] {
        QScrollBar* bar = m_view->verticalScrollBar();
        if (m_follow->isChecked() && bar->sliderPosition() < bar->maximum())
            m_follow->setChecked(false);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                emit currentLineChanged(m_model->lineOfRow(current.row()));
            });

    connect(m_document, &LogDocument::grew, this, &LogBrowser::documentGrew);
    connect(m_document, &LogDocument::indexingFinished, this, &LogBrowser::showSize);
    connect(m_document, &LogDocument::found, this, &LogBrowser::showLine);
    connect(m_document, &LogDocument::notFound, this, [this](bool forward) {
        if (!m_wrapped && currentLine() >= 0) {
            m_wrapped = true;
            say(forward ? tr("No match below; searching from the top.")
                        : tr("No match above; searching from the bottom."));
            m_document->find(m_lastQuery, -1, forward);
            return;
        }
        say(tr("No line matches “%1”.").arg(m_lastQuery.pattern));
    });
    connect(m_document, &LogDocument::linesFound, this,
            [this](const QList<qint64>& lines, bool done) {
                if (!m_problemsOnly->isChecked())
                    return;
                m_model->addToFilter(lines);
                if (done) {
                    m_findingLines = false;
                    say(tr("%n line(s) with errors or warnings.", nullptr, m_model->rowCount()));
                }
            });
    connect(m_document, &LogDocument::failed, this, &LogBrowser::say);
}

qint64 LogBrowser::currentLine() const
{
    return m_model->lineOfRow(m_view->currentIndex().row());
}

void LogBrowser::showBytes(const QByteArray& log)
{
    m_problemsOnly->setChecked(false);
    m_document->open(LogSource::fromBytes(log));
}

bool LogBrowser::openFile(const QString& path)
{
    const auto source = LogSource::fromFile(path);
    if (!source) {
        say(source.error());
        return false;
    }
    m_problemsOnly->setChecked(false);
    m_document->open(*source);
    say(tr("Reading %1…").arg(path));
    return true;
}

void LogBrowser::appendChunk(const QByteArray& chunk)
{
    m_document->append(chunk);
}

void LogBrowser::setFollowing(bool follow)
{
    m_follow->setChecked(follow);
}

LogQuery LogBrowser::searchQuery() const
{
    return {m_search->text(), m_regex->isChecked(), m_matchCase->isChecked()};
}

void LogBrowser::find(const LogQuery& query, bool forward)
{
    if (query.pattern.isEmpty()) {
        m_search->setFocus();
        return;
    }
    m_lastQuery = query;
    m_wrapped = false;
    say(tr("Searching…"));
    m_document->find(query, currentLine(), forward);
}

void LogBrowser::nextProblem()
{
    find(LogLineKinds::problemQuery(), true);
}

void LogBrowser::previousProblem()
{
    find(LogLineKinds::problemQuery(), false);
}

void LogBrowser::goToTime()
{
    const auto line = m_document->lineAtTime(m_time->dateTime());
    if (!line) {
        say(tr("No line of this log carries a time."));
        return;
    }
    showLine(*line);
}

void LogBrowser::showLine(qint64 line)
{
    int row = m_model->rowOfLine(line);
    if (m_model->isFiltered() && m_model->lineOfRow(row) != line) {
        m_problemsOnly->setChecked(false);
        row = m_model->rowOfLine(line);
    }
    if (row < 0)
        return;
    m_follow->setChecked(false);
    const QModelIndex index = m_model->index(row, LogLineModel::TextColumn);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    say(tr("Line %1 of %2.")
            .arg(QLocale().toString(line + 1), QLocale().toString(m_document->lineCount())));
}

void LogBrowser::setProblemsOnly(bool only)
{
    if (!only) {
        if (m_findingLines)
            m_document->stopSearch();
        m_findingLines = false;
        const qint64 line = currentLine();
        m_model->clearFilter();
        if (line >= 0)
            showLine(line);
        return;
    }
    m_findingLines = true;
    m_model->setFilter({});
    say(tr("Finding the errors and warnings…"));
    m_document->findLines(LogLineKinds::problemQuery());
}

void LogBrowser::documentGrew(qint64 oldCount, qint64 newCount)
{
    if (newCount < oldCount)
        m_problemsOnly->setChecked(false);
    const int digits = int(QString::number(qMax<qint64>(newCount, 1)).size());
    m_view->setColumnWidth(LogLineModel::LineColumn,
                           m_view->fontMetrics().horizontalAdvance(QString(digits + 2, u'0')));
    if (m_model->isFiltered() && !m_findingLines && newCount > oldCount) {
        // A live run's new lines: few, so judged here.
        const qint64 first = qMax<qint64>(0, oldCount - 1);
        const QList<QByteArray> texts = m_document->lines(first, newCount - first);
        const qint64 lastShown = m_model->lineOfRow(m_model->rowCount() - 1);
        QList<qint64> problems;
        for (qsizetype i = 0; i < texts.size(); ++i) {
            const LogLineKind kind = LogLineKinds::classify(texts.at(i));
            if (first + i > lastShown &&
                (kind == LogLineKind::Error || kind == LogLineKind::Warning))
                problems << first + i;
        }
        m_model->addToFilter(problems);
    }
    if (m_follow->isChecked())
        m_view->scrollToBottom();
    if (!m_document->isIndexing())
        showSize();
}

void LogBrowser::showSize()
{
    const qint64 bytes = m_document->source().size();
    say(tr("%n line(s), %1.", nullptr, int(qMin<qint64>(m_document->lineCount(), INT_MAX)))
            .arg(QLocale().formattedDataSize(bytes)));
}

void LogBrowser::say(const QString& text)
{
    m_status->setText(text);
}

void LogBrowser::markMatches()
{
    // As it is typed; a regular expression not yet whole marks nothing.
    auto matcher = LogMatcher::make(searchQuery());
    m_lines->setMatcher(matcher ? std::optional<LogMatcher>(std::move(matcher).value())
                                : std::nullopt);
    m_view->viewport()->update();
}
