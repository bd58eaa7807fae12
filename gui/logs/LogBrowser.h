#pragma once

#include "logs/LogQuery.h"

#include <QWidget>

class LogDocument;
class LogLineDelegate;
class LogLineModel;
class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QTableView;

// A log of any size, read through its line index: errors and warnings
// tinted, runs' headings in bold, search both ways (F3, Shift+F3) with what
// it matches marked in the lines, problem lines one by one (F8, Shift+F8)
// or alone, follow while a run writes, jump to a time.
class LogBrowser : public QWidget
{
    Q_OBJECT

public:
    LogBrowser(const QString& accessibleName, QWidget* parent = nullptr);

    void showBytes(const QByteArray& log);
    // False, with the reason in the status line, when the file cannot be read.
    bool openFile(const QString& path);
    void appendChunk(const QByteArray& chunk);
    void clear() { showBytes({}); }
    void setFollowing(bool follow);

    void findNext() { find(searchQuery(), true); }
    void findPrevious() { find(searchQuery(), false); }
    void nextProblem();
    void previousProblem();
    void goToTime();

    LogDocument* document() const { return m_document; }
    LogLineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    LogLineDelegate* lineDelegate() const { return m_lines; }
    QLineEdit* searchField() const { return m_search; }
    QCheckBox* problemsOnly() const { return m_problemsOnly; }
    QCheckBox* follow() const { return m_follow; }
    QDateTimeEdit* timeEdit() const { return m_time; }
    QLabel* status() const { return m_status; }
    qint64 currentLine() const;

signals:
    // The line shown as current changed by a search, a jump or a click.
    void currentLineChanged(qint64 line);

private:
    LogQuery searchQuery() const;
    void find(const LogQuery& query, bool forward);
    void showLine(qint64 line);
    void setProblemsOnly(bool only);
    void documentGrew(qint64 oldCount, qint64 newCount);
    void showSize();
    void say(const QString& text);
    void markMatches();

    LogDocument* m_document;
    LogLineModel* m_model;
    QTableView* m_view;
    LogLineDelegate* m_lines;
    QLineEdit* m_search;
    QCheckBox* m_regex;
    QCheckBox* m_matchCase;
    QCheckBox* m_problemsOnly;
    QCheckBox* m_follow;
    QDateTimeEdit* m_time;
    QLabel* m_status;
    LogQuery m_lastQuery;
    bool m_wrapped = false;
    bool m_findingLines = false;
};
