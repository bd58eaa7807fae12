#include "sync/LiveLogView.h"

#include <QFontDatabase>
#include <QScrollBar>

LiveLogView::LiveLogView(const QString& accessibleName, QWidget* parent) : QPlainTextEdit(parent)
{
    setReadOnly(true);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setAccessibleName(accessibleName);
}

void LiveLogView::appendChunk(const QByteArray& chunk)
{
    QScrollBar* bar = verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    moveCursor(QTextCursor::End);
    insertPlainText(QString::fromUtf8(chunk));
    if (atEnd)
        bar->setValue(bar->maximum());
}
