#include "inventory/StoreReader.h"

#include "util/WorkerPriority.h"

#include <QThread>

// The reader thread's own connection, opened there on first use.
class StoreReader::Connection : public QObject
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

void StoreReader::ThreadStopper::operator()(QThread* thread) const
{
    thread->quit();
    thread->wait();
    delete thread;
}

StoreReader::StoreReader(const QString& path, QObject* parent)
    : QObject(parent), m_thread(new QThread), m_connection(new Connection(path))
{
    m_thread->setObjectName(QStringLiteral("store reader"));
    m_connection->moveToThread(m_thread.get());
    connect(m_thread.get(), &QThread::finished, m_connection, &QObject::deleteLater);
    m_thread->start();
}

StoreReader::~StoreReader() = default;

void StoreReader::post(std::function<void(InventoryDatabase*)> work)
{
    QMetaObject::invokeMethod(
        m_connection,
        [connection = m_connection, work = std::move(work)] { work(connection->database()); },
        Qt::QueuedConnection);
}
