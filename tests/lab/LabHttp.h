#pragma once

#include <QByteArray>
#include <QString>

// One blocking HTTP GET to a lab mirror with a chosen Host header, for tests.
struct LabHttpReply
{
    int status = 0; // 0: no HTTP answer at all (refused, or closed as by nginx's 444)
    QByteArray body;
};

namespace LabHttp {

LabHttpReply
get(const QString& address, quint16 port, const QString& path, const QByteArray& host,
    const QByteArray& range = {},
    const QByteArray& userAgent = "ClamAV/1.4.6 (OS: Linux, ARCH: x86_64, CPU: x86_64)",
    const QByteArray& ifModifiedSince = {});

} // namespace LabHttp
