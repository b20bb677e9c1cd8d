#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

// The API token lives in the operating system's keychain (Secret Service,
// KWallet, macOS Keychain, Windows Credential Manager) and nowhere else:
// QtKeychain's plain-text fallback stays off. One entry per server profile
// (Profile::tokenKey()); earlier versions kept one per server URL.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    // For CI and the demo only; read once, never written anywhere.
    static constexpr char environmentVariable[] = "PORTFOLIO_LINKS_TOKEN";
    static QString environmentToken();

    explicit TokenStore(QObject *parent = nullptr);

    // Under the key of earlier versions (and of a --server not in any profile).
    void read(const QUrl &server);
    void write(const QUrl &server, const QString &token);
    void remove(const QUrl &server);
    // Under any key, such as a profile's. Virtual: tests put a keychain of their own behind them.
    virtual void readEntry(const QString &key);
    virtual void writeEntry(const QString &key, const QString &token);
    virtual void removeEntry(const QString &key);
    static QString keyFor(const QUrl &server);
    // Whether a keychain answers, without touching any token: the
    // connection dialog says where a token will be kept.
    void checkAvailable();

    // Why the keychain failed, in a sentence: QtKeychain's own text is often
    // only "Unknown error".
    static QString reasonFor(int keychainError, const QString &keychainText);

signals:
    void tokenRead(const QString &token, const QString &key); // token empty when none is stored
    void available();
    void unavailable(const QString &message); // from checkAvailable() only
    void written();
    void removed();
    // keychainMissing: no keychain service is reachable at all.
    void failed(const QString &message, bool keychainMissing);
};
