#include "inventory/StoreThread.h"

#include "util/WorkerPriority.h"

#include <QCoreApplication>
#include <QThread>

// The store thread's own connection, opened there on first use.
class StoreThread::Connection : public QObject
{
public:
    explicit Connection(QString path) : m_path(std::move(path)) {}

    InventoryDatabase* database()
    {
        if (!m_db && !m_failed) {
            WorkerPriority::lowerCurrentThread();
            m_db = std::make_unique<InventoryDatabase>();
            m_failed = !m_db->open(m_path);
            if (m_failed)
                m_db.reset();
        }
        return m_db.get();
    }

private:
    QString m_path;
    std::unique_ptr<InventoryDatabase> m_db;
    bool m_failed = false;
};

void StoreThread::ThreadWaiter::operator()(QThread* thread) const
{
    thread->wait();
    delete thread;
}

QString StoreThread::unavailable()
{
    return QCoreApplication::translate("StoreThread", "the inventory cannot be opened");
}

StoreThread::StoreThread(const QString& path, QObject* parent)
    : QObject(parent), m_thread(new QThread), m_connection(new Connection(path))
{
    m_thread->setObjectName(QStringLiteral("store"));
    m_connection->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_connection, &QObject::deleteLater);
    m_thread->start();
}

StoreThread::~StoreThread()
{
    // Queued behind the work asked for: a failed probe's record or a verdict
    // asked for just before is still stored.
    QMetaObject::invokeMethod(
        m_connection, [thread = m_thread.get()] { thread->quit(); }, Qt::QueuedConnection);
}

void StoreThread::post(std::function<void(InventoryDatabase*)> work)
{
    QMetaObject::invokeMethod(
        m_connection,
        [connection = m_connection, work = std::move(work)] { work(connection->database()); },
        Qt::QueuedConnection);
}
