#pragma once

#include "MirrorLab.h"

#include <QObject>

class QLocalServer;
class QSocketNotifier;

// Owns a running lab for `mirror-lab up`: the lab's daemons are its children
// and die with it. Takes commands, one line per connection, on
// <dir>/control.sock and stops the lab on SIGTERM or SIGINT.
class LabSupervisor : public QObject
{
    Q_OBJECT

public:
    explicit LabSupervisor(MirrorLabOptions options, QObject* parent = nullptr);
    ~LabSupervisor() override;

    bool start(QString* error);
    MirrorLab& lab() { return m_lab; }

    static QString controlSocketPath(const QString& dir);
    static QString pidFilePath(const QString& dir);

private:
    void onConnection();
    QByteArray execute(const QByteArray& line);
    void shutDown();

    MirrorLab m_lab;
    QLocalServer* m_server = nullptr;
    QSocketNotifier* m_signals = nullptr;
    int m_signalFd = -1;
};
