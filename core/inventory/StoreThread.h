#pragma once

#include "inventory/InventoryDatabase.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QThread;

// Works on the inventory's store on a thread of its own, with a connection of
// its own, so that no face waits for SQLite: a query (a read, or writes) runs
// there, its value comes back to the asker's thread. Queries run one at a
// time in the order asked, so one asked after a write made on the asker's
// thread sees it, and a write asked for before a read is in it.
class StoreThread : public QObject
{
    Q_OBJECT

public:
    explicit StoreThread(const QString& path, QObject* parent = nullptr);
    ~StoreThread() override;

    // done runs on this object's thread, unless context is gone by then. A
    // store that cannot be opened answers every query with T{}.
    // What to tell whoever asked for work that needed it then.
    static QString unavailable();
    template <typename T>
    void run(QObject* context, std::function<T(InventoryDatabase&)> query,
             std::function<void(const T&)> done)
    {
        post([this, context = QPointer<QObject>(context), query = std::move(query),
              done = std::move(done)](InventoryDatabase* db) mutable {
            T value = db ? query(*db) : T{};
            QMetaObject::invokeMethod(
                this,
                [context, done = std::move(done), value = std::move(value)] {
                    if (context)
                        done(value);
                },
                Qt::QueuedConnection);
        });
    }

private:
    class Connection;
    // Waits for the thread's end, which the destructor queues behind the work.
    struct ThreadWaiter
    {
        void operator()(QThread* thread) const;
    };

    void post(std::function<void(InventoryDatabase*)> work);

    std::unique_ptr<QThread, ThreadWaiter> m_thread;
    Connection* m_connection; // lives on m_thread, deleted when it ends
};
