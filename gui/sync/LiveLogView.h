#pragma once

#include <QPlainTextEdit>

// A read-only log in a fixed font that grows as chunks arrive, and keeps
// following the end unless the operator scrolled up to read.
class LiveLogView : public QPlainTextEdit
{
    Q_OBJECT

public:
    LiveLogView(const QString& accessibleName, QWidget* parent = nullptr);

    void appendChunk(const QByteArray& chunk);
};
