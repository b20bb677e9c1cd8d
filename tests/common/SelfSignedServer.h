#pragma once

#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QUrl>

// A TLS server on 127.0.0.1 with a self-signed certificate made by openssl
// for this run (CN=portfolio-links-test): what a server with a certificate
// the system does not trust looks like.
class SelfSignedServer
{
public:
    // False when openssl or the listening socket failed.
    bool start()
    {
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const int made = QProcess::execute(QStringLiteral("openssl"),
                                           {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                                            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                                            QStringLiteral("2"), QStringLiteral("-subj"),
                                            QStringLiteral("/CN=portfolio-links-test"), QStringLiteral("-keyout"), key,
                                            QStringLiteral("-out"), cert});
        QFile keyFile(key);
        QFile certFile(cert);
        if (made != 0 || !keyFile.open(QIODevice::ReadOnly) || !certFile.open(QIODevice::ReadOnly))
            return false;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        m_certificate = QSslCertificate(certFile.readAll());
        configuration.setLocalCertificate(m_certificate);
        m_server.setSslConfiguration(configuration);
        return m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1/").arg(m_server.serverPort())); }
    QSslCertificate certificate() const { return m_certificate; }
    QString fingerprint() const
    {
        return QString::fromLatin1(m_certificate.digest(QCryptographicHash::Sha256).toHex(':'));
    }
    QSslServer &server() { return m_server; }

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslServer m_server;
};
