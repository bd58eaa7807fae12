#pragma once

#include "inventory/MirrorRecord.h"
#include "monitor/HttpCheck.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>

class QNetworkAccessManager;
class QNetworkReply;

// Checks mirrors over HTTP with the How-to's virtual host names, many at
// once through one QNetworkAccessManager, each request with a timeout: a
// slow or silent mirror never holds up the rest. Works for trigger-only
// mirrors too.
class HttpChecker : public QObject
{
    Q_OBJECT

public:
    explicit HttpChecker(QObject* parent = nullptr);

    void setMaxParallelMirrors(int count) { m_maxParallel = count; }
    // The whole of one request, first byte to last: a mirror that trickles
    // a byte now and then is cut off at it too.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // The most a timestamp or local_test body may hold.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    void check(const QList<MirrorRecord>& mirrors);
    bool busy() const { return !m_queue.empty() || !m_running.isEmpty(); }

signals:
    void checked(const HttpCheck& check);
    void finished();

private:
    struct Pending
    {
        MirrorRecord mirror;
        HttpCheck check;
        int outstanding = 0;
        qint64 started = 0;
    };

    void startNext();
    void request(const QString& mirror, const QString& path, const QByteArray& host,
                 const QByteArray& range, qint64 maxBytes,
                 std::function<void(QNetworkReply*)> handle);
    void done(const QString& mirror);

    QNetworkAccessManager* m_network;
    std::deque<MirrorRecord> m_queue;
    QHash<QString, Pending> m_running;
    int m_maxParallel = 64;
    std::chrono::milliseconds m_timeout{10000};
    qint64 m_maxBodyBytes = 4096;
};
