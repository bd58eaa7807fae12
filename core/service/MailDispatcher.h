#pragma once

#include "notify/SmtpSender.h"

#include <QObject>
#include <QThread>

#include <memory>

// Sends what the outbox holds due, on a thread of its own (SMTP blocks for
// up to its timeout), through its own connection to the store: each mail
// marked sent once the server took it, or tried again later, five times at
// most, waiting twice as long each time.
class MailDispatcher : public QObject
{
    Q_OBJECT

public:
    MailDispatcher(QString inventoryPath, QString from, SmtpSettings smtp, QString password,
                   QObject* parent = nullptr);
    ~MailDispatcher() override;

    // Sends what is due now; a drain asked for during one follows it.
    void drain();
    bool busy() const { return m_busy; }
    // Team-first: held mails released and sent now, or dropped; held tells
    // which of them were held still.
    void send(const QList<qint64>& held);
    void drop(const QList<qint64>& held);

signals:
    void drained(int sent, int failed, const QString& lastError);
    void released(const QList<qint64>& held);
    void dropped(const QList<qint64>& held);

private:
    // Releases or drops on the worker; released or dropped tell which.
    void onWorker(const QList<qint64>& ids, bool release);

    struct ThreadStop
    {
        void operator()(QThread* thread) const;
    };

    std::unique_ptr<QThread, ThreadStop> m_thread;
    QObject* m_worker;
    bool m_busy = false;
    bool m_again = false;
};
