#pragma once

#include <QByteArray>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QTimer>

#include <chrono>

// A program of this machine run for the service (nsupdate, a zone's reload
// command) without a shell and without blocking the event loop: its input
// written whole, its output kept up to a cap, killed at its deadline; how it
// ended is told from the event loop.
class LocalCommand : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        bool started = false;
        bool timedOut = false;
        bool crashed = false;
        int exitCode = -1;
        QByteArray output; // stdout and stderr together, at most the cap

        bool succeeded() const { return started && !timedOut && !crashed && exitCode == 0; }
        // Why it failed, naming the program, in one line; empty when it did not.
        QString failure(const QString& program) const;
    };

    explicit LocalCommand(QObject* parent = nullptr);
    ~LocalCommand() override;

    // One at a time: false while an earlier run goes on.
    bool run(const QString& program, const QStringList& arguments, const QByteArray& input,
             std::chrono::milliseconds deadline, qsizetype outputCap = 64 * 1024);
    bool busy() const;

signals:
    void finished(const LocalCommand::Outcome& outcome);

private:
    void collect();
    void end();

    QProcess m_process;
    QTimer m_deadline;
    Outcome m_outcome;
    qsizetype m_cap = 0;
    bool m_running = false; // until finished is emitted
    bool m_ended = false;
};
