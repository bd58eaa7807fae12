#include "service/MailDispatcher.h"

#include "inventory/InventoryDatabase.h"
#include "notify/MailWireFormat.h"
#include "notify/Outbox.h"

#include <tuple>

namespace {

constexpr int kAttempts = 5;
constexpr qint64 kFirstRetrySeconds = 300;

// Lives on the dispatcher's thread, with the store's connection made there.
class OutboxWorker : public QObject
{
public:
    OutboxWorker(QString path, QString from, SmtpSettings smtp, QString password)
        : m_path(std::move(path)), m_from(std::move(from)), m_smtp(std::move(smtp)),
          m_password(std::move(password))
    {}

    // sent, failed, the last error
    std::tuple<int, int, QString> drain()
    {
        if (QString why; !open(&why))
            return {0, 0, why};
        Outbox outbox(*m_db);
        int sent = 0;
        int failed = 0;
        QString lastError;
        for (const MailMessage& mail : outbox.due(QDateTime::currentDateTimeUtc())) {
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const auto handed = SmtpSender::deliver(mail, m_from, m_smtp, m_password);
            if (handed) {
                outbox.markSent(mail.id, now);
                ++sent;
                continue;
            }
            ++failed;
            lastError = handed.error();
            // A mail with no address to go to will have none later either.
            const bool retry = MailWireFormat::isAddress(m_from) &&
                               MailWireFormat::isAddress(mail.recipient) &&
                               mail.attempts + 1 < kAttempts;
            outbox.markAttemptFailed(mail.id, handed.error(),
                                     retry ? now.addSecs(kFirstRetrySeconds << mail.attempts)
                                           : QDateTime());
        }
        return {sent, failed, lastError};
    }

    // Those of ids that were held, released or dropped.
    QList<qint64> change(const QList<qint64>& ids, bool release)
    {
        QList<qint64> changed;
        if (QString why; !open(&why))
            return changed;
        Outbox outbox(*m_db);
        for (qint64 id : ids) {
            const auto done =
                release ? outbox.release(id, QDateTime::currentDateTimeUtc()) : outbox.drop(id);
            if (done && *done)
                changed << id;
        }
        return changed;
    }

private:
    bool open(QString* why)
    {
        if (m_db)
            return true;
        m_db = std::make_unique<InventoryDatabase>();
        if (auto opened = m_db->open(m_path); !opened) {
            m_db.reset();
            *why = opened.error();
            return false;
        }
        return true;
    }

    QString m_path;
    QString m_from;
    SmtpSettings m_smtp;
    QString m_password;
    std::unique_ptr<InventoryDatabase> m_db;
};

} // namespace

void MailDispatcher::ThreadStop::operator()(QThread* thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

MailDispatcher::MailDispatcher(QString inventoryPath, QString from, SmtpSettings smtp,
                               QString password, QObject* parent)
    : QObject(parent), m_thread(new QThread)
{
    auto* worker = new OutboxWorker(std::move(inventoryPath), std::move(from), std::move(smtp),
                                    std::move(password));
    worker->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, worker, &QObject::deleteLater);
    m_worker = worker;
    m_thread->setObjectName(QStringLiteral("mail"));
    m_thread->start();
}

MailDispatcher::~MailDispatcher() = default;

void MailDispatcher::drain()
{
    if (m_busy) {
        m_again = true;
        return;
    }
    m_busy = true;
    auto* worker = static_cast<OutboxWorker*>(m_worker);
    QMetaObject::invokeMethod(worker, [this, worker] {
        const auto [sent, failed, why] = worker->drain();
        QMetaObject::invokeMethod(
            this,
            [this, sent = sent, failed = failed, why = why] {
                m_busy = false;
                emit drained(sent, failed, why);
                if (std::exchange(m_again, false))
                    drain();
            },
            Qt::QueuedConnection);
    });
}

void MailDispatcher::onWorker(const QList<qint64>& ids, bool release)
{
    auto* worker = static_cast<OutboxWorker*>(m_worker);
    QMetaObject::invokeMethod(worker, [this, worker, ids, release] {
        const QList<qint64> changed = worker->change(ids, release);
        QMetaObject::invokeMethod(
            this,
            [this, changed, release] {
                if (release) {
                    emit released(changed);
                    drain();
                } else {
                    emit dropped(changed);
                }
            },
            Qt::QueuedConnection);
    });
}

void MailDispatcher::send(const QList<qint64>& held)
{
    onWorker(held, true);
}

void MailDispatcher::drop(const QList<qint64>& held)
{
    onWorker(held, false);
}
