#include "LabHttp.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>

namespace LabHttp {

LabHttpReply get(const QString& address, quint16 port, const QString& path, const QByteArray& host,
                 const QByteArray& range, const QByteArray& userAgent,
                 const QByteArray& ifModifiedSince)
{
    QNetworkAccessManager manager;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address);
    url.setPort(port);
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Host", host);
    request.setRawHeader("User-Agent", userAgent);
    if (!range.isEmpty())
        request.setRawHeader("Range", range);
    if (!ifModifiedSince.isEmpty())
        request.setRawHeader("If-Modified-Since", ifModifiedSince);
    request.setTransferTimeout(10000);
    QNetworkReply* reply = manager.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    finished.wait(15000);
    LabHttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    delete reply;
    return result;
}

} // namespace LabHttp
