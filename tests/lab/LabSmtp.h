#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <sys/types.h>

// The lab's mail server: Debian's aiosmtpd on a loopback port, with STARTTLS
// required on a certificate the lab made (its CA file for the client), and
// AUTH required with a user and password; each mail it receives kept as a
// file, envelope included.
class LabSmtp
{
public:
    struct Mail
    {
        QString from;
        QStringList to;
        QByteArray message; // as received: headers and body
        QByteArray header(const QByteArray& name) const;
        QString body() const;    // decoded when it came in base64
        QString subject() const; // its RFC 2047 words decoded
    };

    // dir: where certificates and mails go; port 0: a free one.
    LabSmtp(QString dir, QString address = QStringLiteral("127.0.0.1"));
    ~LabSmtp();
    LabSmtp(const LabSmtp&) = delete;
    LabSmtp& operator=(const LabSmtp&) = delete;

    bool start(QString* error);
    void stop();

    QString address() const { return m_address; }
    quint16 port() const { return m_port; }
    QString caFile() const { return m_dir + QStringLiteral("/ca.pem"); }
    static QString user() { return QStringLiteral("monitor"); }
    static QString password() { return QStringLiteral("lab-smtp-secret"); }

    // Every mail received so far, oldest first.
    QList<Mail> mails() const;

private:
    bool makeCertificates(QString* error);

    QString m_dir;
    QString m_address;
    quint16 m_port = 0;
    pid_t m_pid = -1;
};
