#include "LabDemoRequests.h"

#include "LabHttp.h"

#include <QFileInfo>
#include <QLocale>

namespace LabDemoRequests {

namespace {

// What a client that holds the file sends: nginx answers 304 only to the
// exact Last-Modified it gave.
QByteArray modifiedAt(const QString& documentRoot, const QString& name)
{
    const QDateTime at = QFileInfo(documentRoot + QLatin1Char('/') + name).lastModified().toUTC();
    return QLocale::c().toString(at, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

} // namespace

bool make(const QString& address, const QString& documentRoot, quint16 port, int daily,
          QString* error)
{
    const QByteArray agent = "ClamAV/1.4.6 (OS: Linux, ARCH: x86_64, CPU: x86_64, UUID: "
                             "6a1c5b0e-3f0d-4a7e-9a43-0c2d1f7e8b11)";
    const QByteArray header = "bytes=0-511";
    const QByteArray host = "database.clamav.net";
    const struct
    {
        QString path;
        QByteArray range, since;
        int status;
    } asks[] = {{QStringLiteral("/daily.cvd"), header, {}, 206},
                {QStringLiteral("/main.cvd"),
                 {},
                 modifiedAt(documentRoot, QStringLiteral("main.cvd")),
                 304},
                {QStringLiteral("/daily.cvd"),
                 {},
                 modifiedAt(documentRoot, QStringLiteral("daily.cvd")),
                 304},
                {QStringLiteral("/daily-%1.cdiff").arg(daily), {}, {}, 200},
                {QStringLiteral("/bytecode.cvd"), {}, {}, 200}};
    for (const auto& ask : asks) {
        const int status =
            LabHttp::get(address, port, ask.path, host, ask.range, agent, ask.since).status;
        if (status != ask.status) {
            *error = QStringLiteral("nginx answered %1 for %2 on %3, not %4")
                         .arg(status)
                         .arg(ask.path, address)
                         .arg(ask.status);
            return false;
        }
    }
    return true;
}

} // namespace LabDemoRequests
