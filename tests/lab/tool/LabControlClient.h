#pragma once

#include <QJsonObject>
#include <QString>

// Talks to a running lab's supervisor through <dir>/control.sock.
namespace LabControlClient {

// Sends one command line; true when the lab answered ok.
bool send(const QString& dir, const QString& command, QJsonObject* reply, QString* error);

// Stops the lab in dir and anything it left running, even when its
// supervisor died without cleaning up. Returns how many stragglers were killed.
int bringDown(const QString& dir, QString* error);

} // namespace LabControlClient
